import { messagesFor, type Locale } from '../i18n/index.ts';

/** The syllabus chapters, in the article's order: lessons name theirs by number. */
export const chapterTitles: Record<number, string> = messagesFor('en').chapters;

export function chapterTitle(chapter: number, locale: Locale = 'en'): string {
  const t = messagesFor(locale);
  return t.chapters[chapter] ?? t.chapter(chapter);
}
