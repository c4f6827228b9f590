/**
 * The site's check texts (build time, through Vite): a lesson's checks.<locale>.yaml, validated
 * against its checks.ts exactly as the CLI does (check-texts.ts), so a broken translation fails the
 * build naming the file. Pages embed the texts of their language; the grader on the page reads them.
 */
import { checkTitles as titlesIn, type CheckTexts } from '../grader/index.ts';
import type { Locale } from '../i18n/index.ts';
import { loadLessonChecks } from '../client/lesson-checks.ts';
import { checkTextsFile, loadCheckTexts } from './check-texts.ts';

const sources = import.meta.glob<string>('/content/*/checks.*.yaml', { query: '?raw', import: 'default', eager: true });

/** The lesson's check texts in `locale`; undefined in English or where there is no translation. */
export async function siteCheckTexts(lessonId: string, locale: Locale): Promise<CheckTexts | undefined> {
  if (locale === 'en') return undefined;
  const where = `content/${lessonId}/${checkTextsFile(locale)}`;
  const source = sources[`/${where}`];
  if (source === undefined) return undefined;
  return loadCheckTexts(source, await loadLessonChecks(lessonId), where);
}

/** Build-time: the lesson's check titles in `locale`, listed on the page before the first run. */
export async function localizedCheckTitles(lessonId: string, locale: Locale): Promise<{ id: string; title: string }[]> {
  return titlesIn((await loadLessonChecks(lessonId)).checks, locale, await siteCheckTexts(lessonId, locale));
}
