import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '../i18n/index.ts';
import { describeIssues, LessonError, unknownKeyMessage } from './messages.ts';

/** Where the course file lives, relative to the project root. */
export const COURSE_FILE = 'content/course.yaml';

const PER_LANGUAGE = `one per language like { ${locales.map((l) => `${l}: …`).join(', ')} } (${defaultLocale} required)`;

/** The language a mistyped tag most likely meant: the same tag in other case or with "_", else the same primary language. */
function nearestLocale(key: string): Locale | undefined {
  const norm = (tag: string) => tag.toLowerCase().replace(/_/g, '-');
  const primary = (tag: string) => norm(tag).split('-')[0];
  return locales.find((l) => norm(l) === norm(key)) ?? locales.find((l) => primary(l) === primary(key));
}

function unknownLanguages(keys: readonly PropertyKey[]): string {
  return keys
    .map(String)
    .map((key) => {
      const near = nearestLocale(key);
      return `unknown language "${key}"${near ? `: did you mean ${near}?` : ` (languages: ${locales.join(', ')})`}`;
    })
    .join('; ');
}

/**
 * A prose field of the course: the English text alone, or the text per language. The English is
 * required; a language left out shows the English there (README, "Translations").
 */
function prose(text: z.ZodString) {
  const perLanguage = z.strictObject(Object.fromEntries(locales.map((locale) => [locale, locale === defaultLocale ? text : text.optional()])) as Record<Locale, z.ZodString | z.ZodOptional<z.ZodString>>, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownLanguages(issue.keys) : issue.code === 'invalid_type' && issue.expected === 'object' ? `${issue.input === undefined ? 'missing: ' : ''}expected a text, or ${PER_LANGUAGE}` : undefined,
  });
  return z.preprocess((value) => (typeof value === 'string' ? { [defaultLocale]: value } : value), perLanguage);
}

const courseShape = {
  title: prose(z.string().min(1)).describe('The course name: page titles, the header, exported assignments, `npm start`.'),
  tagline: prose(z.string().min(1).max(200)).describe('One sentence under the course name: the home page description and link previews.'),
  chapters: z
    .record(z.string().regex(/^[1-9]\d*$/, 'a chapter number like 1'), prose(z.string().min(1)))
    .refine((chapters) => Object.keys(chapters).length > 0, 'list at least one chapter')
    .describe('Chapter number → chapter title. A lesson names its chapter by number.'),
};

const courseSchema = z.strictObject(courseShape, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys, Object.keys(courseShape)) : undefined),
});

/** The course as content, in one language: its name, tagline and chapters. */
export interface CourseText {
  title: string;
  tagline: string;
  /** Chapters in ascending number. */
  chapters: { number: number; title: string }[];
}

/** The course in English, with the translations course.yaml gives (read with courseIn()). */
export interface Course extends CourseText {
  /** Per language other than English: the fields course.yaml translates (the rest falls back to English). */
  translations: Partial<Record<Locale, { title?: string; tagline?: string; chapters: Record<number, string> }>>;
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
  const { title, tagline } = parsed.data;
  const chapters = Object.entries(parsed.data.chapters)
    .map(([number, titles]) => ({ number: Number(number), titles }))
    .sort((a, b) => a.number - b.number);
  const translations: Course['translations'] = {};
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const translated = Object.fromEntries(chapters.flatMap(({ number, titles }) => (titles[locale] ? [[number, titles[locale]]] : [])));
    translations[locale] = { title: title[locale], tagline: tagline[locale], chapters: translated };
  }
  return {
    title: title[defaultLocale] as string,
    tagline: tagline[defaultLocale] as string,
    chapters: chapters.map(({ number, titles }) => ({ number, title: titles[defaultLocale] as string })),
    translations,
  };
}

/** The course's name, tagline and chapter titles in `locale`: course.yaml's translation, else the English. */
export function courseIn(course: Course, locale: Locale): CourseText {
  const translation = course.translations[locale];
  if (!translation) return { title: course.title, tagline: course.tagline, chapters: course.chapters };
  return {
    title: translation.title ?? course.title,
    tagline: translation.tagline ?? course.tagline,
    chapters: course.chapters.map(({ number, title }) => ({ number, title: translation.chapters[number] ?? title })),
  };
}

/** What course.yaml does not translate into `locale` yet (field names as in the file), for the translation audit. */
export function untranslatedCourseFields(course: Course, locale: Locale): string[] {
  if (locale === defaultLocale) return [];
  const translation = course.translations[locale];
  return [
    ...(translation?.title ? [] : ['title']),
    ...(translation?.tagline ? [] : ['tagline']),
    ...course.chapters.filter(({ number }) => !translation?.chapters[number]).map(({ number }) => `chapters.${number}`),
  ];
}

export function chapterTitle(course: CourseText, chapter: number): string {
  const found = course.chapters.find((c) => c.number === chapter);
  if (!found) throw new LessonError(`Chapter ${chapter} is not in ${COURSE_FILE}.`);
  return found.title;
}

/** Null when the chapter exists, else the message naming the lesson and the valid chapters. */
export function chapterProblem(course: CourseText, lessonId: string, chapter: number): string | null {
  if (course.chapters.some((c) => c.number === chapter)) return null;
  const valid = course.chapters.map((c) => `${c.number} (${c.title})`).join(', ');
  return `content/${lessonId}/index.mdx: field "chapter" is ${chapter}, which is not a chapter of ${COURSE_FILE}. Valid chapters: ${valid}. Add the chapter there, or pick one of these.`;
}
