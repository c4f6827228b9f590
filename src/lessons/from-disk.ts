/**
 * Lessons read straight from `content/` with Node (CLI, tests, verify, exports, new-lesson): no
 * Vite, no Astro, the same schema, rules and messages as the site.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileMap } from '../run-contract/events.ts';
import { COURSE_FILE, parseCourse, type Course } from './course.ts';
import { parseLessonFrontmatter, translatedTitle } from './frontmatter.ts';
import { CHECKS_MISSING, checkChecksModule } from './checks-module.ts';
import { CHECK_TEXT_LOCALES, checkTextsFile, loadCheckTexts } from './check-texts.ts';
import type { CheckTexts } from '../grader/index.ts';
import { checkLesson, isLessonFolderName, type LoadedLesson } from './lesson.ts';
import { errorText, LessonError } from './messages.ts';

/** The project's `content/` folder (`COURSE_CONTENT_DIR` points the tools at another, e.g. a test fixture). */
export const CONTENT_DIR = process.env.COURSE_CONTENT_DIR
  ? path.resolve(process.env.COURSE_CONTENT_DIR)
  : fileURLToPath(new URL('../../content/', import.meta.url));

/** Lesson ids: the folders of `content/` that hold an `index.mdx` (not `_…` or `.…`), sorted. */
export async function lessonIds(contentDir = CONTENT_DIR): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(contentDir, { withFileTypes: true });
  } catch {
    throw new LessonError(`The lessons folder ${contentDir} could not be read.`);
  }
  return entries
    .filter((e) => e.isDirectory() && isLessonFolderName(e.name) && existsSync(path.join(contentDir, e.name, 'index.mdx')))
    .map((e) => e.name)
    .sort();
}

/** The course file (`content/course.yaml`), validated. */
export async function loadCourse(contentDir = CONTENT_DIR): Promise<Course> {
  const file = path.join(contentDir, path.basename(COURSE_FILE));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new LessonError(`${COURSE_FILE} is missing: it names the course and its chapters (see README, "Adding a lesson").`);
  }
  return parseCourse(text);
}

/** Reads a folder recursively into a FileMap (paths with "/"), skipping dot-entries and node_modules. */
async function readFileMap(dir: string, accept: (relative: string) => boolean = () => true): Promise<FileMap> {
  const files: FileMap = {};
  async function walk(folder: string, prefix: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile() && accept(relative)) files[relative] = await readFile(full, 'utf8');
    }
  }
  if (await isDirectory(dir)) await walk(dir, '');
  return files;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Loads one lesson: frontmatter, starter, solution, wrong answers and checks, validated against the course. */
export async function loadLesson(id: string, contentDir = CONTENT_DIR, course?: Course): Promise<LoadedLesson> {
  const known = await lessonIds(contentDir);
  if (!known.includes(id)) {
    const list = known.length > 0 ? known.join(', ') : '(none)';
    throw new LessonError(`Unknown lesson "${id}". Known lessons: ${list}.`);
  }
  const dir = path.join(contentDir, id);
  const where = `content/${id}`;
  const data = parseLessonFrontmatter(await readFile(path.join(dir, 'index.mdx'), 'utf8'), `${where}/index.mdx`);
  const starter = await readFileMap(path.join(dir, '_files'));
  const solution = await readFileMap(path.join(dir, '_solution'));
  const wrong: Record<string, FileMap> = {};
  const wrongDir = path.join(dir, '_wrong');
  if (await isDirectory(wrongDir)) {
    const names = (await readdir(wrongDir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
    for (const name of names) wrong[name] = await readFileMap(path.join(wrongDir, name));
  }
  const lesson = { id, where, data, starter, solution, wrong };
  checkLesson(lesson, course ?? (await loadCourse(contentDir)));

  const checksPath = path.join(dir, 'checks.ts');
  if (!existsSync(checksPath)) throw new LessonError(CHECKS_MISSING(where));
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(checksPath).href)) as { default?: unknown };
  } catch (error) {
    throw new LessonError(`${where}/checks.ts could not be loaded: ${errorText(error)}`);
  }
  const checks = checkChecksModule(where, mod);
  // Translations of the checks' texts (checks.zh-CN.yaml), validated against the checks themselves.
  const checkTexts: NonNullable<LoadedLesson['checkTexts']> = {};
  for (const locale of CHECK_TEXT_LOCALES) {
    const file = path.join(dir, checkTextsFile(locale));
    if (existsSync(file)) checkTexts[locale] = loadCheckTexts(await readFile(file, 'utf8'), checks, `${where}/${checkTextsFile(locale)}`) satisfies CheckTexts;
  }
  // Its title in other languages, for reports graded in that language (the site reads translations itself).
  const titles: NonNullable<LoadedLesson['titles']> = {};
  for (const locale of CHECK_TEXT_LOCALES) {
    const file = path.join(dir, `index.${locale}.mdx`);
    const title = existsSync(file) ? translatedTitle(await readFile(file, 'utf8')) : undefined;
    if (title) titles[locale] = title;
  }
  return { ...lesson, dir, checks, checkTexts, titles, timeLimitMs: Math.round(data.timeLimitSeconds * 1000) };
}
