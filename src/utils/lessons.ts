import { getCollection, type CollectionEntry } from 'astro:content';
import { localizedHref, type Locale } from '../i18n/index.ts';

export type Lesson = CollectionEntry<'lessons'>;
export type LessonTranslation = CollectionEntry<'lessonTranslations'>;

/**
 * A lesson as one language shows it: the English lesson's fields with the translated title, summary
 * and hints, and the entry whose body is rendered. `translated` is false when the page falls back
 * to English (the page then says so).
 */
export interface LocalizedLesson {
  id: string;
  data: Lesson['data'];
  /** What render() turns into the lesson's prose. */
  body: Lesson | LessonTranslation;
  translated: boolean;
}

/** Every lesson in course order. */
export async function courseLessons(): Promise<Lesson[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every lesson in course order, in one language (English where no translation exists). */
export async function localizedLessons(locale: Locale): Promise<LocalizedLesson[]> {
  const lessons = await courseLessons();
  const translations = locale === 'en' ? [] : await getCollection('lessonTranslations');
  const byId = new Map(translations.map((t) => [t.id, t]));
  return lessons.map((lesson) => {
    const translation = byId.get(lesson.id);
    if (!translation) return { id: lesson.id, data: lesson.data, body: lesson, translated: locale === 'en' };
    const { title, summary, hints } = translation.data;
    return { id: lesson.id, data: { ...lesson.data, title, summary, hints }, body: translation, translated: true };
  });
}

export function lessonHref(id: string, locale: Locale = 'en'): string {
  return localizedHref(locale, `/lessons/${id}/`);
}

export interface LessonPageProps {
  locale: Locale;
  lesson: LocalizedLesson;
  lessons: LocalizedLesson[];
  previous: LocalizedLesson | null;
  next: LocalizedLesson | null;
}

/** One page per lesson, in one language (English where the lesson has no translation yet). */
export async function lessonPaths(locale: Locale): Promise<{ params: { id: string }; props: LessonPageProps }[]> {
  const lessons = await localizedLessons(locale);
  return lessons.map((lesson, i) => ({
    params: { id: lesson.id },
    props: { locale, lesson, lessons, previous: lessons[i - 1] ?? null, next: lessons[i + 1] ?? null },
  }));
}
