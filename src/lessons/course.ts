import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { describeIssues, LessonError, unknownKeyMessage } from './messages.ts';

/** Where the course file lives, relative to the project root. */
export const COURSE_FILE = 'content/course.yaml';

const courseShape = {
  title: z.string().min(1).describe('The course name: page titles, the header, exported assignments.'),
  tagline: z.string().min(1).max(200).describe('One sentence under the course name: the home page description and link previews.'),
  chapters: z
    .record(z.string().regex(/^[1-9]\d*$/, 'a chapter number like 1'), z.string().min(1))
    .refine((chapters) => Object.keys(chapters).length > 0, 'list at least one chapter')
    .describe('Chapter number → chapter title. A lesson names its chapter by number.'),
};

const courseSchema = z.strictObject(courseShape, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys, Object.keys(courseShape)) : undefined),
});

/** The course as content: its name, tagline and chapters. Prose fields, so a locale can replace them later. */
export interface Course {
  title: string;
  tagline: string;
  /** Chapters in ascending number. */
  chapters: { number: number; title: string }[];
}

/** Parses and validates the text of content/course.yaml; a mistake names the file and the field. */
export function parseCourse(text: string, where = COURSE_FILE): Course {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new LessonError(`${where}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = courseSchema.safeParse(raw);
  if (!parsed.success) throw new LessonError(describeIssues(where, parsed.error.issues));
  const chapters = Object.entries(parsed.data.chapters)
    .map(([number, title]) => ({ number: Number(number), title }))
    .sort((a, b) => a.number - b.number);
  return { title: parsed.data.title, tagline: parsed.data.tagline, chapters };
}

export function chapterTitle(course: Course, chapter: number): string {
  const found = course.chapters.find((c) => c.number === chapter);
  if (!found) throw new LessonError(`Chapter ${chapter} is not in ${COURSE_FILE}.`);
  return found.title;
}

/** Null when the chapter exists, else the message naming the lesson and the valid chapters. */
export function chapterProblem(course: Course, lessonId: string, chapter: number): string | null {
  if (course.chapters.some((c) => c.number === chapter)) return null;
  const valid = course.chapters.map((c) => `${c.number} (${c.title})`).join(', ');
  return `content/${lessonId}/index.mdx: field "chapter" is ${chapter}, which is not a chapter of ${COURSE_FILE}. Valid chapters: ${valid}. Add the chapter there, or pick one of these.`;
}
