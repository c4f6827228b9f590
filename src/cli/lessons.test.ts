/** The lesson loader, the frontmatter parser, submission discovery and the pool (no program runs). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractFrontmatter, FrontmatterError, parseFlatYaml } from './frontmatter.ts';
import { LessonError, lessonIds, loadLesson, parseLessonFrontmatter, type Lesson } from './lessons.ts';
import { lessonLoad, mapPool, MAX_DEFAULT_JOBS, poolSize, WAIT_RUNS_PER_CORE } from './pool.ts';
import { findSubmissions, reportFileNames } from './submissions.ts';

describe('frontmatter parser', () => {
  test('reads flat keys: strings, numbers, booleans, lists', () => {
    const block = extractFrontmatter('---\ntitle: "Quoted: yes"\nchapter: 4\nratio: 0.5\nflag: true\nempty:\nreadOnly: [a.ts, "b.ts"]\nmore:\n  - x.ts\n  - \'y.ts\'\nsummary: plain text # a comment\n---\nbody');
    expect(block).not.toBeNull();
    expect(parseFlatYaml(block?.yaml ?? '')).toEqual({
      title: 'Quoted: yes',
      chapter: 4,
      ratio: 0.5,
      flag: true,
      empty: null,
      readOnly: ['a.ts', 'b.ts'],
      more: ['x.ts', 'y.ts'],
      summary: 'plain text',
    });
  });

  test('refuses what it cannot read, naming the line', () => {
    expect(() => parseFlatYaml('a: 1\na: 2')).toThrow(/line 2: the key "a" appears twice/);
    expect(() => parseFlatYaml('nested:\n  key: value')).toThrow(FrontmatterError);
    expect(() => parseFlatYaml('text: |')).toThrow(/multi-line/);
    expect(() => parseFlatYaml('just words')).toThrow(/expected "key: value"/);
  });

  test('validates with the site schema: defaults applied, mistakes name the field', () => {
    const ok = parseLessonFrontmatter('---\ntitle: T\nsummary: S\nchapter: 1\norder: 5\n---\n', 'x/index.mdx');
    expect(ok).toMatchObject({ kind: 'exercise', entry: 'main.ts', timeLimitSeconds: 30, readOnly: [] });
    expect(() => parseLessonFrontmatter('---\ntitle: T\nsummary: S\nchapter: one\norder: 5\n---\n', 'x/index.mdx')).toThrow(/x\/index\.mdx: field "chapter"/);
    expect(() => parseLessonFrontmatter('no frontmatter', 'x/index.mdx')).toThrow(LessonError);
  });
});

describe('lesson loader', () => {
  test('loads the coroutines lesson: frontmatter, files, wrong answers, checks', async () => {
    const lesson = await loadLesson('coroutines');
    expect(lesson.frontmatter).toMatchObject({ kind: 'exercise', entry: 'main.ts', timeLimitSeconds: 30 });
    expect(lesson.timeLimitMs).toBe(30_000);
    expect(Object.keys(lesson.starter)).toEqual(['main.ts']);
    expect(lesson.solutionFiles['main.ts']).toContain('Promise.all');
    expect(Object.keys(lesson.wrong).sort()).toEqual(['blocking', 'forgot-await', 'invented-ids', 'on-schedule', 'sequential']);
    expect(lesson.checks.checks.map((c) => c.id)).toContain('tasks-overlap');
    expect(await lessonIds()).toContain('coroutines');
  });

  test('an unknown id lists the known ones', async () => {
    await expect(loadLesson('nope')).rejects.toThrow(/Unknown lesson "nope"\. Known lessons: .*coroutines/);
  });
});

describe('pool size', () => {
  const declared = (load: 'wait' | 'cpu') => ({ frontmatter: { load } });

  test('waiting lessons: many at once; CPU lessons (load: cpu): one at a time; --jobs wins', async () => {
    const coroutines = await loadLesson('coroutines');
    expect(coroutines.frontmatter.load).toBe('wait');
    expect(lessonLoad(coroutines)).toBe('wait');
    expect(poolSize(coroutines, undefined, 2).jobs).toBe(2 * WAIT_RUNS_PER_CORE);
    expect(lessonLoad(await loadLesson('cpu-bound-workers'))).toBe('cpu');
    expect(poolSize(declared('cpu'), undefined, 8).jobs).toBe(1);
    expect(poolSize(declared('cpu'), 3, 8)).toMatchObject({ jobs: 3 });
    expect(poolSize(declared('cpu'), 3, 8).why).toContain('CPU');
    expect(poolSize(declared('wait'), undefined, 64).jobs).toBe(MAX_DEFAULT_JOBS);
  });

  test('a lesson load other than wait or cpu is refused with the field named', () => {
    expect(() => parseLessonFrontmatter('---\ntitle: T\nsummary: S\nchapter: 1\norder: 1\nload: io\n---\n', 'x/index.mdx')).toThrow(/field "load"/);
  });

  test('mapPool keeps order and never exceeds its bound', async () => {
    let running = 0;
    let most = 0;
    const out = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n * 3));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});

describe('submissions', () => {
  let root = '';
  let lesson: Lesson;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'grade-submissions-test-'));
    lesson = await loadLesson('coroutines');
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('a folder with the entry file is one submission; code files are read, other files ignored', async () => {
    const dir = path.join(root, 'one');
    await mkdir(path.join(dir, 'lib'), { recursive: true });
    await mkdir(path.join(dir, '.git'), { recursive: true });
    await writeFile(path.join(dir, 'main.ts'), 'console.log(1)');
    await writeFile(path.join(dir, 'lib', 'util.ts'), 'export {}');
    await writeFile(path.join(dir, 'README.md'), '# hi');
    await writeFile(path.join(dir, '.git', 'HEAD'), 'ref');
    const found = await findSubmissions(lesson, dir);
    expect(found.mode).toBe('folder');
    expect(Object.keys(found.submissions[0]?.files ?? {}).sort()).toEqual(['lib/util.ts', 'main.ts']);
  });

  test('a folder of subfolders is many submissions; one without the entry file is reported, not skipped', async () => {
    const dir = path.join(root, 'class');
    for (const name of ['a', 'b', 'c']) await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, 'a', 'main.ts'), '1');
    await writeFile(path.join(dir, 'b', 'main.ts'), '2');
    await writeFile(path.join(dir, 'c', 'other.ts'), '3');
    const found = await findSubmissions(lesson, dir);
    expect(found.mode).toBe('many');
    expect(found.submissions.map((s) => [s.name, s.problem])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', 'main.ts is missing from this folder'],
    ]);
  });

  test('a single file becomes the entry file', async () => {
    const file = path.join(root, 'bob.ts');
    await writeFile(file, 'console.log(2)');
    const found = await findSubmissions(lesson, file);
    expect(found.mode).toBe('file');
    expect(found.submissions[0]).toMatchObject({ name: 'bob', files: { 'main.ts': 'console.log(2)' } });
  });

  test('report file names are safe and unique', () => {
    expect(reportFileNames(['alice', 'Alice', 'a b/c', '..x'], 'json')).toEqual(['alice.json', 'Alice-2.json', 'a_b_c.json', '_x.json']);
  });
});
