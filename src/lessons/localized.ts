/**
 * The site's lessons in one language: the English lesson (from-vite.ts) with a translation's
 * LessonText (title, summary, hints) and prose laid over it; files, checks and every other field
 * stay the English lesson's. A lesson without a translation falls back to English (the page says so).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { FileMap } from '../run-contract/events.ts';
import { localizedHref, type Locale } from '../i18n/index.ts';
import { chapterTitle } from './course.ts';
import { courseLessons, type SiteLesson } from './from-vite.ts';
import { localizedCourse } from './site-course.ts';
import { TRANSLATABLE_FIELDS, type LessonText } from './schema.ts';

type LessonTranslation = CollectionEntry<'lessonTranslations'>;

export interface LocalizedLesson {
  id: string;
  data: SiteLesson['data'];
  /** What render() turns into the lesson's prose. */
  body: SiteLesson | LessonTranslation;
  translated: boolean;
}

function textOf(data: LessonText): LessonText {
  return Object.fromEntries(TRANSLATABLE_FIELDS.map((field) => [field, data[field]])) as LessonText;
}

/** Every lesson in course order, in one language (English where no translation exists). */
export async function localizedLessons(locale: Locale): Promise<LocalizedLesson[]> {
  const lessons = await courseLessons();
  const translations = locale === 'en' ? [] : await getCollection('lessonTranslations');
  const byId = new Map(translations.map((t) => [t.id, t]));
  return lessons.map((lesson) => {
    const translation = byId.get(lesson.id);
    if (!translation) return { id: lesson.id, data: lesson.data, body: lesson, translated: locale === 'en' };
    return { id: lesson.id, data: { ...lesson.data, ...textOf(translation.data) }, body: translation, translated: true };
  });
}

/** A chapter's title in `locale`, from course.yaml. */
export function localizedChapterTitle(chapter: number, locale: Locale): string {
  return chapterTitle(localizedCourse(locale), chapter);
}

export function lessonHref(id: string, locale: Locale = 'en'): string {
  return localizedHref(locale, `/lessons/${id}/`);
}

/** Where a lesson's reference solution is served (src/pages/lessons/[id]/solution.json.ts), one file for every language. */
export function solutionHref(id: string): string {
  return localizedHref('en', `/lessons/${id}/solution.json`);
}

export interface LessonPageProps {
  locale: Locale;
  lesson: LocalizedLesson;
  lessons: LocalizedLesson[];
  previous: LocalizedLesson | null;
  next: LocalizedLesson | null;
}

/** One page per lesson, in one language. */
export async function lessonPaths(locale: Locale): Promise<{ params: { id: string }; props: LessonPageProps }[]> {
  const lessons = await localizedLessons(locale);
  return lessons.map((lesson, i) => ({
    params: { id: lesson.id },
    props: { locale, lesson, lessons, previous: lessons[i - 1] ?? null, next: lessons[i + 1] ?? null },
  }));
}

// Starters with their comments translated (content/<id>/_files.zh-CN/): a file missing there is the English one.
const translatedStarterFiles = import.meta.glob<string>('/content/*/_files.zh-CN/**/*', { query: '?raw', import: 'default', eager: true });

/** The starter a page in `locale` shows and resets to: translated files over the English ones (only files the English starter has). */
export function localizedStarter(lessonId: string, starter: FileMap, locale: Locale): FileMap {
  if (locale === 'en') return starter;
  const prefix = `/content/${lessonId}/_files.zh-CN/`;
  const files: FileMap = {};
  for (const path of Object.keys(starter)) files[path] = translatedStarterFiles[prefix + path] ?? starter[path] ?? '';
  return files;
}
