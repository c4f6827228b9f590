/** Submission discovery and the pool (no program runs); the lesson model has its own tests in src/lessons. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadLesson } from '../lessons/from-disk.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LESSON } from '../lessons/fixture.ts';
import { type LoadedLesson as Lesson } from '../lessons/index.ts';
import { lessonLoad, mapPool, MAX_DEFAULT_JOBS, poolSize, WAIT_RUNS_PER_CORE } from './pool.ts';
import { findSubmissions, reportFileNames } from './submissions.ts';

describe('pool size', () => {
  const declared = (load: 'wait' | 'cpu') => ({ data: { load } });

  test('waiting lessons: many at once; CPU lessons (load: cpu): one at a time; --jobs wins', async () => {
    const coroutines = await loadLesson(FIXTURE_LESSON, FIXTURE_CONTENT_DIR);
    expect(coroutines.data.load).toBe('wait');
    expect(lessonLoad(coroutines)).toBe('wait');
    expect(poolSize(coroutines, undefined, 2).jobs).toBe(2 * WAIT_RUNS_PER_CORE);
    expect(lessonLoad(declared('cpu'))).toBe('cpu');
    expect(poolSize(declared('cpu'), undefined, 8).jobs).toBe(1);
    expect(poolSize(declared('cpu'), 3, 8)).toMatchObject({ jobs: 3 });
    expect(poolSize(declared('cpu'), 3, 8).why).toContain('CPU');
    expect(poolSize(declared('wait'), undefined, 64).jobs).toBe(MAX_DEFAULT_JOBS);
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
    lesson = await loadLesson(FIXTURE_LESSON, FIXTURE_CONTENT_DIR);
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
