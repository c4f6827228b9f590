import type { FileMap } from '../runtime/events.ts';
import { hasLessonChecks } from '../client/lesson-checks.ts';
import type { Locale } from '../i18n/index.ts';

// Vite inlines every lesson's files at build time. glob() content loaders skip .ts files, so the
// starter and solution files are read here instead.
const starterFiles = import.meta.glob<string>('/content/*/_files/**/*', { query: '?raw', import: 'default', eager: true });
// Starters with their comments translated (content/<id>/_files.zh-CN/): a file missing there is the English one.
const translatedStarterFiles = import.meta.glob<string>('/content/*/_files.zh-CN/**/*', { query: '?raw', import: 'default', eager: true });
const solutionFiles = import.meta.glob<string>('/content/*/_solution/**/*', { query: '?raw', import: 'default', eager: true });

function filesOf(all: Record<string, string>, lessonId: string, folder: '_files' | '_files.zh-CN' | '_solution'): FileMap {
  const prefix = `/content/${lessonId}/${folder}/`;
  const files: FileMap = {};
  for (const [path, text] of Object.entries(all)) {
    if (path.startsWith(prefix)) files[path.slice(prefix.length)] = text;
  }
  return files;
}

export interface LessonFiles {
  starter: FileMap;
  solution: FileMap;
}

/** The lesson's files, checked against its frontmatter; a broken lesson fails the build naming what is wrong. */
export function lessonFiles(lessonId: string, entry: string, readOnly: readonly string[]): LessonFiles {
  const where = `content/${lessonId}`;
  const starter = filesOf(starterFiles, lessonId, '_files');
  const solution = filesOf(solutionFiles, lessonId, '_solution');
  if (Object.keys(starter).length === 0) throw new Error(`${where}/_files/ is missing or empty: a lesson needs its starter files there.`);
  if (Object.keys(solution).length === 0) throw new Error(`${where}/_solution/ is missing or empty: a lesson needs its reference solution there.`);
  if (!(entry in starter)) throw new Error(`${where}/index.mdx: field "entry" is "${entry}", but ${where}/_files/${entry} does not exist.`);
  if (!(entry in solution)) throw new Error(`${where}/index.mdx: field "entry" is "${entry}", but ${where}/_solution/${entry} does not exist.`);
  for (const file of readOnly) {
    if (!(file in starter)) throw new Error(`${where}/index.mdx: field "readOnly" names "${file}", which is not in ${where}/_files/.`);
  }
  if (!hasLessonChecks(lessonId)) {
    throw new Error(`${where}/checks.ts is missing: every lesson declares its checks there (see README, "Adding a lesson").`);
  }
  return { starter, solution };
}

/** Files shown in tabs: the entry first, then the rest by name. */
export function orderedPaths(files: FileMap, entry: string): string[] {
  return Object.keys(files).sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b)));
}

/** The starter a page in `locale` shows and resets to: translated files over the English ones (only files the English starter has). */
export function localizedStarter(lessonId: string, starter: FileMap, locale: Locale): FileMap {
  if (locale === 'en') return starter;
  const translated = filesOf(translatedStarterFiles, lessonId, '_files.zh-CN');
  const files: FileMap = {};
  for (const path of Object.keys(starter)) files[path] = translated[path] ?? starter[path] ?? '';
  return files;
}
