import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runAndGrade } from '../cli/run-submission.ts';
import { loadLesson } from '../lessons/from-disk.ts';
import { auditCheckTexts, inlineMessages, parseCheckTexts } from '../lessons/check-texts.ts';
import { lessonSchema, solutionFiles } from '../lessons/index.ts';
import { nextOrder, scaffoldLesson } from './new-lesson.ts';
import { SCHEMA_PATH, schemaText } from './write-schema.ts';

// A throwaway project: its own content/ folder and course file, src/ linked to ours and a
// package.json with the `#checks` alias, so the lesson's checks resolve as they do in the repository.
const project = mkdtempSync(join(tmpdir(), 'new-lesson-'));
const contentDir = join(project, 'content');
mkdirSync(contentDir);
symlinkSync(fileURLToPath(new URL('../', import.meta.url)), join(project, 'src'), 'dir');
writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', imports: { '#checks': './src/grader/index.ts' } }));
writeFileSync(join(contentDir, 'course.yaml'), 'title: Test course\ntagline: A course for this test.\nchapters:\n  3: Threads\n  9: Later\n');
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run new-lesson', () => {
  test('a scaffolded lesson is valid, its solution passes and its starter fails', { timeout: 60_000 }, async () => {
    scaffoldLesson({ id: 'worker-pool', contentDir, title: 'A pool of workers', chapter: 3 });
    const lesson = await loadLesson('worker-pool', contentDir);
    expect(lessonSchema.parse(lesson.data)).toMatchObject({ title: 'A pool of workers', chapter: 3, kind: 'exercise' });
    const [solution, starter] = await Promise.all([
      runAndGrade(lesson, 'solution', solutionFiles(lesson)),
      runAndGrade(lesson, 'starter', lesson.starter),
    ]);
    expect(solution.report.results.filter((r) => r.status !== 'pass')).toEqual([]);
    expect(starter.report.results.find((r) => r.id === 'tasks-overlap')?.status).toBe('fail');
  });

  test('--zh also scaffolds checks.zh-CN.yaml, matching the scaffolded checks: Chinese titles and hints, nothing untranslated', async () => {
    scaffoldLesson({ id: 'in-chinese', contentDir, chapter: 3, zh: true });
    const lesson = await loadLesson('in-chinese', contentDir);
    const texts = parseCheckTexts(readFileSync(join(contentDir, 'in-chinese', 'checks.zh-CN.yaml'), 'utf8'), 'checks.zh-CN.yaml');
    expect(auditCheckTexts(lesson.checks, texts, 'checks.zh-CN.yaml')).toEqual({ untranslated: [], problems: [] });
    expect(inlineMessages(readFileSync(join(contentDir, 'in-chinese', 'checks.ts'), 'utf8'), 'checks.ts')).toEqual([]);
    const graded = await runAndGrade(lesson, 'starter', lesson.starter, [], 'zh-CN');
    const overlap = graded.report.results.find((r) => r.id === 'tasks-overlap');
    expect(overlap?.status).toBe('fail');
    expect(overlap?.message).toContain('在 await 任何一个之前，先把两个任务都启动。');
    expect(graded.report.results.map((r) => `${r.title} ${r.message}`).join('\n')).not.toContain('尚无中文翻译');
  }, 60_000);

  test('a new lesson goes last in its chapter, or last in the course for a new chapter', () => {
    scaffoldLesson({ id: 'chapter-three-more', contentDir, chapter: 3 });
    expect(nextOrder(contentDir, 3)).toBeGreaterThan(Number(/order: (\d+)/.exec(readFileSync(join(contentDir, 'worker-pool', 'index.mdx'), 'utf8'))?.[1]));
    expect(nextOrder(contentDir, 9)).toBeGreaterThanOrEqual(nextOrder(contentDir, 3) + 9);
  });

  test('--new-chapter adds the chapter after the last one, keeping the course file\'s comments, and puts the lesson in it', async () => {
    const courseFile = join(contentDir, 'course.yaml');
    const before = readFileSync(courseFile, 'utf8');
    writeFileSync(courseFile, `# The author's note stays.\n${before}`);
    scaffoldLesson({ id: 'read-lines', contentDir, newChapter: 'Reading input' });
    const after = readFileSync(courseFile, 'utf8');
    expect(after).toContain("# The author's note stays.");
    expect(after.trimEnd().split('\n').at(-1)).toBe('  10: Reading input');
    const lesson = await loadLesson('read-lines', contentDir);
    expect(lesson.data.chapter).toBe(10);
    // A title the lesson model refuses changes nothing: no chapter, no lesson folder.
    expect(() => scaffoldLesson({ id: 'untitled', contentDir, newChapter: '  ' })).toThrow(/content\/course\.yaml: .*chapters/);
    expect(() => scaffoldLesson({ id: 'both', contentDir, chapter: 3, newChapter: 'Two' })).toThrow('either --chapter or --new-chapter');
    expect(readFileSync(courseFile, 'utf8')).toBe(after);
    expect(existsSync(join(contentDir, 'untitled'))).toBe(false);
  });

  test('bad ids and existing lessons are refused with a message', () => {
    expect(() => scaffoldLesson({ id: 'Bad Id', contentDir })).toThrow('is not a usable lesson id');
    expect(() => scaffoldLesson({ id: 'worker-pool', contentDir })).toThrow('already exists');
    expect(() => scaffoldLesson({ id: 'no-such-chapter', contentDir, chapter: 5 })).toThrow(/"chapter" is 5, which is not a chapter of content\/course\.yaml\. Valid chapters: 3 \(Threads\), 9 \(Later\)/);
  });
});

describe('lesson frontmatter JSON Schema', () => {
  test('the committed schema matches the zod schema the build uses (run `npm run schema` after changing it)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  test('every field has a description', () => {
    const schema = JSON.parse(schemaText()) as { properties: Record<string, { description?: string }> };
    for (const [field, spec] of Object.entries(schema.properties)) expect(spec.description, field).toBeTruthy();
  });
});
