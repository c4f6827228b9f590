import { z } from 'astro/zod';
import { unknownKeyMessage } from './messages.ts';

/** The fields a later translation replaces (prose, titles, hints); everything else is shared by every locale. */
export const TRANSLATABLE_FIELDS = ['title', 'summary', 'hints'] as const;

const lessonShape = {
  title: z.string().min(1).describe('The lesson title shown on the page and in the course map.'),
  summary: z
    .string()
    .min(1)
    .max(160)
    .describe("One line promising what the learner will see happen, shown under the title on the home page."),
  chapter: z.number().int().min(1).describe('The chapter this lesson belongs to: a number listed under "chapters" in content/course.yaml.'),
  order: z.number().int().describe('Position in the course: lessons are listed by ascending order.'),
  kind: z
    .enum(['exercise', 'example'])
    .default('exercise')
    .describe('"exercise": the starter files must fail a check and the solution pass them all; "example": the starter already passes.'),
  entry: z
    .string()
    .regex(/^[\w./-]+\.(ts|js|mjs)$/, 'a file name like main.ts')
    .default('main.ts')
    .describe('The file Node runs, relative to the lesson folder (must exist in _files/ and _solution/).'),
  timeLimitSeconds: z.number().positive().max(120).default(30).describe('Wall-clock limit of one run, in seconds; the run is stopped past it.'),
  load: z
    .enum(['wait', 'cpu'])
    .default('wait')
    .describe(
      'What the program mostly does, which decides how many gradings of it may run at once: "wait" (timers, I/O: many at once, since its lines are stamped where they are written) or "cpu" (its checks measure CPU work, e.g. a parallel speed-up: one per core).',
    ),
  readOnly: z.array(z.string()).default([]).describe('Files shown in the editor but not editable, e.g. a helper the exercise is not about.'),
  hints: z
    .array(z.string().min(1))
    .max(5)
    .default([])
    .describe('Progressive hints, from a nudge to nearly the answer; the page reveals them one at a time. Markdown `code` is allowed.'),
};

const LESSON_FIELDS = Object.keys(lessonShape);

/**
 * Frontmatter of `content/<lesson-id>/index.mdx`. Every field is described so that a build error
 * (and the JSON Schema an author's editor uses) says what is expected. Strict: a misspelt key is an
 * error naming the closest field, never silently ignored.
 */
export const lessonSchema = z.strictObject(lessonShape, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys, LESSON_FIELDS) : undefined),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type LessonLoad = LessonFrontmatter['load'];

/**
 * The part of a lesson a translation replaces. Today every lesson has one (English) text, in its
 * frontmatter; a locale is added later as another `LessonText` per lesson, the rest unchanged.
 */
export type LessonText = Pick<LessonFrontmatter, (typeof TRANSLATABLE_FIELDS)[number]>;
