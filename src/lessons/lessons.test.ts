/** The lesson model: frontmatter, course file, rules and programs, read from the tests' own content folder. */
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCourse, lessonIds, loadLesson } from './from-disk.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LESSON } from './fixture.ts';
import { chapterTitle, courseIn, lessonPrograms, LessonError, parseCourse, parseLessonFrontmatter, untranslatedCourseFields } from './index.ts';
import { closest } from './messages.ts';

const fm = (yaml: string) => parseLessonFrontmatter(`---\n${yaml}\n---\nbody`, 'content/x/index.mdx');
const BASE = 'title: T\nsummary: S\nchapter: 1\norder: 5';

describe('lesson frontmatter', () => {
  test('YAML with defaults applied: strings, quoted strings, lists', () => {
    expect(fm(`${BASE}\nhints:\n  - "Quoted: yes"\n  - plain # a comment\nreadOnly: [a.ts]`)).toMatchObject({
      kind: 'exercise',
      entry: 'main.ts',
      timeLimitSeconds: 30,
      load: 'wait',
      hints: ['Quoted: yes', 'plain'],
      readOnly: ['a.ts'],
    });
    expect(fm(`${BASE}\nload: cpu`).load).toBe('cpu');
  });

  test('an unknown key is an error naming it and the closest field', () => {
    expect(() => fm(`${BASE}\ntimelimitSeconds: 10`)).toThrow('content/x/index.mdx: unknown field "timelimitSeconds": did you mean timeLimitSeconds?');
    expect(() => fm(`${BASE}\nhint: [a]`)).toThrow('did you mean hints?');
    expect(() => fm(`${BASE}\nzzzzzzzzzzzz: 1`)).toThrow(/unknown field "zzzzzzzzzzzz" \(known fields: title, summary/);
  });

  test('a wrong value names the field; broken YAML and a missing block say so', () => {
    expect(() => fm('title: T\nsummary: S\nchapter: one\norder: 5')).toThrow(/content\/x\/index\.mdx: field "chapter"/);
    expect(() => fm(`${BASE}\nload: heavy`)).toThrow(/field "load"/);
    expect(() => fm('title: [unclosed')).toThrow(/not valid YAML/);
    expect(() => parseLessonFrontmatter('no frontmatter', 'x/index.mdx')).toThrow(LessonError);
  });

  test('closest() suggests only near names', () => {
    expect(closest('readonly', ['readOnly', 'entry'])).toBe('readOnly');
    expect(closest('banana', ['readOnly', 'entry'])).toBeNull();
  });
});

describe('course file', () => {
  test('chapters in ascending number, titles looked up', () => {
    const course = parseCourse('title: C\ntagline: A line.\nchapters:\n  2: Two\n  1: One\n');
    expect(course.chapters).toEqual([
      { number: 1, title: 'One' },
      { number: 2, title: 'Two' },
    ]);
    expect(chapterTitle(course, 2)).toBe('Two');
  });

  test('mistakes name the file and the field', () => {
    expect(() => parseCourse('title: C\ntagline: t\nchapters:\n  one: One\n')).toThrow(/content\/course\.yaml: field "chapters\.one"/);
    expect(() => parseCourse('title: C\ntagline: t\nchapter:\n  1: One\n')).toThrow(/unknown field "chapter": did you mean chapters\?/);
    expect(() => parseCourse('title: C\nchapters:\n  1: One\n')).toThrow(/field "tagline"/);
  });

  test('a text per language: the Chinese pages read zh-CN, a missing one falls back to English', () => {
    const course = parseCourse('title:\n  en: C\n  zh-CN: 课\ntagline: A line.\nchapters:\n  1:\n    en: One\n    zh-CN: 一\n  2: Two\n');
    expect(course.title).toBe('C');
    expect(course.chapters).toEqual([
      { number: 1, title: 'One' },
      { number: 2, title: 'Two' },
    ]);
    expect(courseIn(course, 'zh-CN')).toEqual({ title: '课', tagline: 'A line.', chapters: [{ number: 1, title: '一' }, { number: 2, title: 'Two' }] });
    expect(courseIn(course, 'en').title).toBe('C');
    expect(untranslatedCourseFields(course, 'zh-CN')).toEqual(['tagline', 'chapters.2']);
  });

  test('a per-language text: the English is required, languages are checked by name', () => {
    const bad = (title: string) => () => parseCourse(`title:\n${title}\ntagline: t\nchapters:\n  1: One\n`);
    expect(bad('  zh-CN: 课')).toThrow(/field "title\.en"/);
    expect(bad('  en: C\n  zh-cn: 课')).toThrow(/field "title": unknown language "zh-cn": did you mean zh-CN\?/);
    expect(bad('  en: C\n  fr: Cours')).toThrow(/unknown language "fr" \(languages: en, zh-CN\)/);
    expect(() => parseCourse('title: C\ntagline: t\nchapters:\n  1: [One]\n')).toThrow(/field "chapters\.1": expected a text, or one per language like \{ en: …, zh-CN: … \}/);
  });
});

describe('loading lessons from disk', () => {
  test('the fixture lesson: frontmatter, files, wrong answers, checks', async () => {
    const lesson = await loadLesson(FIXTURE_LESSON, FIXTURE_CONTENT_DIR);
    expect(lesson.data).toMatchObject({ kind: 'exercise', entry: 'main.ts', timeLimitSeconds: 30, load: 'wait' });
    expect(lesson.timeLimitMs).toBe(30_000);
    expect(Object.keys(lesson.starter)).toEqual(['main.ts']);
    expect(Object.keys(lesson.wrong).sort()).toEqual(['blocking', 'forgot-await', 'invented-ids', 'on-schedule', 'sequential']);
    expect(lesson.checks.checks.map((c) => c.id)).toContain('tasks-overlap');
    expect((await loadCourse(FIXTURE_CONTENT_DIR)).title).toBe('Fixture Course');
  });

  test('its programs: the solution must pass, the starter and each wrong answer fail, each over the starter', async () => {
    const lesson = await loadLesson(FIXTURE_LESSON, FIXTURE_CONTENT_DIR);
    const programs = lessonPrograms(lesson);
    expect(programs.map((p) => [p.key, p.expect])).toEqual([
      ['solution', 'pass'],
      ['starter', 'fail'],
      ['wrong/blocking', 'fail'],
      ['wrong/forgot-await', 'fail'],
      ['wrong/invented-ids', 'fail'],
      ['wrong/on-schedule', 'fail'],
      ['wrong/sequential', 'fail'],
    ]);
    expect(programs[0]?.files['main.ts']).toContain('Promise.all');
    expect(lessonPrograms({ ...lesson, data: { ...lesson.data, kind: 'example' } }).map((p) => p.key)).not.toContain('starter');
  });

  test('an unknown id lists the known ones', async () => {
    await expect(loadLesson('nope', FIXTURE_CONTENT_DIR)).rejects.toThrow(/Unknown lesson "nope"\. Known lessons: coroutines\./);
  });

  describe('in a copy of the fixture', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'lesson-model-'));
      await cp(FIXTURE_CONTENT_DIR, dir, { recursive: true });
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    test('`_…` and `.…` folders are not lessons', async () => {
      for (const name of ['_draft', '.hidden']) {
        await mkdir(path.join(dir, name), { recursive: true });
        await writeFile(path.join(dir, name, 'index.mdx'), '---\ntitle: x\n---\n');
      }
      expect(await lessonIds(dir)).toEqual(['coroutines']);
    });

    test("a lesson's chapter must be in the course file: the error names the lesson and the valid chapters", async () => {
      await writeFile(path.join(dir, 'course.yaml'), 'title: C\ntagline: t\nchapters:\n  1: First\n  2: Second\n');
      await expect(loadLesson(FIXTURE_LESSON, dir)).rejects.toThrow(
        'content/coroutines/index.mdx: field "chapter" is 4, which is not a chapter of content/course.yaml. Valid chapters: 1 (First), 2 (Second).',
      );
    });

    test('checks.ts must export at least one check', async () => {
      await writeFile(path.join(dir, 'course.yaml'), 'title: C\ntagline: t\nchapters:\n  4: Coroutines\n');
      await writeFile(path.join(dir, 'coroutines', 'checks.ts'), "import { defineChecks } from '#checks';\nexport default defineChecks({ checks: [] });\n");
      await expect(loadLesson(FIXTURE_LESSON, dir)).rejects.toThrow('content/coroutines/checks.ts: its default export must be defineChecks({ checks: [...] }) with at least one check.');
    });
  });
});
