/**
 * The course and its lessons for the site (Astro pages, at build time or in `npm run dev`), read
 * through Vite: the same schema, rules and messages as the disk loader (from-disk.ts).
 *
 * Every page validates the lessons' raw frontmatter itself, so in `npm run dev` a broken lesson's
 * error is shown on the page (Astro's error overlay) instead of only in the terminal while the
 * content collection keeps serving the last good version.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { hasLessonChecks } from '../client/lesson-checks.ts';
import type { FileMap } from '../run-contract/events.ts';
import { CHECKS_MISSING } from './checks-module.ts';
import { parseLessonFrontmatter } from './frontmatter.ts';
import { byCourseOrder, checkLesson, isLessonFolderName, type Lesson } from './lesson.ts';
import { LessonError } from './messages.ts';
import { course } from './site-course.ts';

export type SiteLesson = CollectionEntry<'lessons'>;

// glob() content loaders skip .ts files, so starter, solution and wrong-answer files are read here.
const sources = import.meta.glob<string>('/content/*/index.mdx', { query: '?raw', import: 'default', eager: true });
const starterFiles = import.meta.glob<string>('/content/*/_files/**/*', { query: '?raw', import: 'default', eager: true });
const solutionFiles = import.meta.glob<string>('/content/*/_solution/**/*', { query: '?raw', import: 'default', eager: true });


function filesOf(all: Record<string, string>, lessonId: string, folder: '_files' | '_solution'): FileMap {
  const prefix = `/content/${lessonId}/${folder}/`;
  const files: FileMap = {};
  for (const [path, text] of Object.entries(all)) {
    if (path.startsWith(prefix)) files[path.slice(prefix.length)] = text;
  }
  return files;
}

const idOf = (path: string) => path.split('/')[2] ?? path;

/** Every lesson of content/, validated like the CLI does: throws the first problem as a LessonError. */
function validatedLessons(): Lesson[] {
  return Object.entries(sources)
    .filter(([path]) => isLessonFolderName(idOf(path)))
    .map(([path, source]) => {
      const id = idOf(path);
      const where = `content/${id}`;
      const lesson: Lesson = {
        id,
        where,
        data: parseLessonFrontmatter(source, `${where}/index.mdx`),
        starter: filesOf(starterFiles, id, '_files'),
        solution: filesOf(solutionFiles, id, '_solution'),
        wrong: {},
      };
      checkLesson(lesson, course);
      if (!hasLessonChecks(id)) throw new LessonError(CHECKS_MISSING(where));
      return lesson;
    });
}

/** Every lesson in course order, as content entries (for render()); fails naming a broken lesson. */
export async function courseLessons(): Promise<SiteLesson[]> {
  const valid = validatedLessons();
  const entries = (await getCollection('lessons')).filter((e) => isLessonFolderName(e.id));
  // A lesson the content layer dropped or kept stale (dev) must not pass silently.
  for (const lesson of valid) {
    if (!entries.some((e) => e.id === lesson.id)) throw new LessonError(`${lesson.where}/index.mdx could not be loaded by the site (see the terminal).`);
  }
  return byCourseOrder(entries);
}

/** The lesson's starter and solution files (checked when the lessons were listed). */
export function lessonFiles(lessonId: string): { starter: FileMap; solution: FileMap } {
  return { starter: filesOf(starterFiles, lessonId, '_files'), solution: filesOf(solutionFiles, lessonId, '_solution') };
}

/** Files shown in tabs: the entry first, then the rest by name. */
export function orderedPaths(files: FileMap, entry: string): string[] {
  return Object.keys(files).sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b)));
}
