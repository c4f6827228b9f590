import type { CheckTexts, LessonChecks } from '../grader/index.ts';
import type { FileMap } from '../run-contract/events.ts';
import { chapterProblem, type Course } from './course.ts';
import { LessonError } from './messages.ts';
import type { LessonFrontmatter } from './schema.ts';

/**
 * A lesson as every reader sees it: its id and validated frontmatter. The site's content entries
 * (`CollectionEntry<'lessons'>`) are this shape; the disk loader adds files and checks.
 * Translations later add, per locale, a `LessonText` (title, summary, hints) beside `data`.
 */
export interface LessonInfo {
  id: string;
  data: LessonFrontmatter;
}

/** A lesson with its programs' files: starter (`_files/`), solution and typical wrong answers. */
export interface Lesson extends LessonInfo {
  /** `content/<id>`, for messages. */
  where: string;
  starter: FileMap;
  /** `_solution/` alone (the files that differ from the starter). */
  solution: FileMap;
  /** `_wrong/<name>/` alone, per name. */
  wrong: Record<string, FileMap>;
}

/** A lesson loaded with its checks (disk: CLI, tests, exports). */
export interface LoadedLesson extends Lesson {
  /** Absolute folder of the lesson. */
  dir: string;
  checks: LessonChecks;
  /** The checks' texts in other languages (content/<id>/checks.<locale>.yaml), where translated. */
  checkTexts?: Partial<Record<'zh-CN', CheckTexts>>;
  /** The lesson's title in other languages (index.<locale>.mdx's frontmatter), where translated. */
  titles?: Partial<Record<'zh-CN', string>>;
  /** Wall-clock limit of one run, from the frontmatter. */
  timeLimitMs: number;
}

/** Folders of content/ that are not lessons: `_drafts`, `.git`, … (same rule for site, CLI and tests). */
export function isLessonFolderName(name: string): boolean {
  return !name.startsWith('_') && !name.startsWith('.');
}

/** Lesson ids in course order. */
export function byCourseOrder<T extends LessonInfo>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The rules between a lesson's frontmatter, its files and the course, checked the same way everywhere. */
export function checkLesson(lesson: Lesson, course: Course): void {
  const { where, data, starter, solution } = lesson;
  const chapter = chapterProblem(course, lesson.id, data.chapter);
  if (chapter) throw new LessonError(chapter);
  if (Object.keys(starter).length === 0) throw new LessonError(`${where}/_files/ is missing or empty: a lesson needs its starter files there.`);
  if (Object.keys(solution).length === 0) throw new LessonError(`${where}/_solution/ is missing or empty: a lesson needs its reference solution there.`);
  const { entry } = data;
  if (!(entry in starter)) throw new LessonError(`${where}/index.mdx: field "entry" is "${entry}", but ${where}/_files/${entry} does not exist.`);
  if (!(entry in solution)) throw new LessonError(`${where}/index.mdx: field "entry" is "${entry}", but ${where}/_solution/${entry} does not exist.`);
  for (const file of data.readOnly) {
    if (!(file in starter)) throw new LessonError(`${where}/index.mdx: field "readOnly" names "${file}", which is not in ${where}/_files/.`);
  }
}

/** One program of a lesson and the verdict the grader must give it. */
export interface LessonProgram {
  /** "solution", "starter" or `wrong answer "<name>"`. */
  name: string;
  /** "solution", "starter" or "wrong/<name>": how `--program` names it. */
  key: string;
  files: FileMap;
  expect: 'pass' | 'fail';
}

/**
 * The programs of a lesson: the solution (over the starter) must pass; an exercise's starter and
 * every wrong answer (over the starter) must fail at least one check.
 */
export function lessonPrograms(lesson: Lesson): LessonProgram[] {
  return [
    { name: 'solution', key: 'solution', files: solutionFiles(lesson), expect: 'pass' },
    ...(lesson.data.kind === 'exercise' ? [{ name: 'starter', key: 'starter', files: lesson.starter, expect: 'fail' as const }] : []),
    ...Object.entries(lesson.wrong).map(([name, files]) => ({
      name: `wrong answer "${name}"`,
      key: `wrong/${name}`,
      files: { ...lesson.starter, ...files },
      expect: 'fail' as const,
    })),
  ];
}

/** The reference solution merged over the starter: what the learner's editor holds when solved. */
export function solutionFiles(lesson: Pick<Lesson, 'starter' | 'solution'>): FileMap {
  return { ...lesson.starter, ...lesson.solution };
}
