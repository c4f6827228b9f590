import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURE_CONTENT_DIR } from '../lessons/fixture.ts';
import { exportLesson } from './export-lesson.ts';

const base = mkdtempSync(join(tmpdir(), 'export-lesson-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const solution = readFileSync(join(FIXTURE_CONTENT_DIR, 'coroutines/_solution/main.ts'), 'utf8');

function grade(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['.grader/grade.mjs', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '' } });
}

describe('npm run export-lesson', () => {
  const dir = join(base, 'coroutines');
  const exported = exportLesson('coroutines', dir, FIXTURE_CONTENT_DIR);

  test('the folder has the starter, a package.json whose npm test grades, a workflow, and no solution', async () => {
    await exported;
    expect(readFileSync(join(dir, 'main.ts'), 'utf8')).toBe(readFileSync(join(FIXTURE_CONTENT_DIR, 'coroutines/_files/main.ts'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toBe('node .grader/grade.mjs');
    expect(existsSync(join(dir, '.github', 'workflows', 'grade.yml'))).toBe(true);
    const grader = readFileSync(join(dir, '.grader', 'grade.mjs'), 'utf8');
    // The hints travel with the assignment; the reference solution does not.
    const starter = readFileSync(join(dir, 'main.ts'), 'utf8');
    const onlyInSolution = solution.split('\n').filter((l) => l.trim().startsWith('//') && !starter.includes(l));
    expect(onlyInSolution.length).toBeGreaterThan(0);
    for (const line of onlyInSolution) expect(grader).not.toContain(line.trim());
    expect(grader).not.toMatch(/from ['"](astro|zod)/);
  });

  test('it grades a wrong submission as failing and a correct one as passing, on its own', { timeout: 60_000 }, async () => {
    await exported;
    const wrong = grade(dir);
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('✗ The tasks run at the same time');
    writeFileSync(join(dir, 'main.ts'), solution);
    const right = grade(dir, '--format', 'json');
    expect(right.status).toBe(0);
    expect(JSON.parse(right.stdout)).toMatchObject({ version: 3, status: 'pass' });
  });

  test('an older Node is told what to do instead of failing obscurely', async () => {
    await exported;
    const system = '/usr/bin/node';
    if (!existsSync(system)) return; // only where an old system Node exists to try it with
    const version = execFileSync(system, ['--version'], { encoding: 'utf8' }).trim();
    const [major = 0, minor = 0] = version.slice(1).split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 18)) return;
    const result = spawnSync(system, ['.grader/grade.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('needs Node.js 22.18 or newer');
  });

  test('the README states the task as the lesson does and folds each hint on its own', async () => {
    await exported;
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const mdx = readFileSync(join(FIXTURE_CONTENT_DIR, 'coroutines/index.mdx'), 'utf8');
    expect(readme).toContain('## The task');
    // The lesson's own sentence, with the page's "on the right" turned into the folder.
    expect(mdx).toContain('Change it so both tasks wait at the same time');
    expect(readme).toContain('Change it so both tasks wait at the same time');
    expect(readme).toContain('The program in this folder');
    expect(readme).not.toMatch(/<[A-Z]\w+[ />]/);
    const hints = (mdx.match(/^hints:/m) ? readme.match(/<details>\n<summary>Hint \d+<\/summary>/g) : []) ?? [];
    expect(hints.length).toBeGreaterThan(1);
    // No hint text outside its fold: every hint sits between its own <details> and </details>.
    const outside = readme.replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(outside).not.toMatch(/Hint \d/);
  });

  test('it grades in the language --lang or LANG chooses, as npm run grade does', { timeout: 60_000 }, async () => {
    await exported;
    const chinese = grade(dir, '--lang', 'zh-CN');
    expect(chinese.stdout).toMatch(/^coroutines: (通过|未通过)/m);
    expect(chinese.stdout).toContain('项检查通过');
    expect(chinese.stdout).toContain('程序运行到结束，没有出错');
    const byEnv = spawnSync(process.execPath, ['.grader/grade.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' } });
    expect(byEnv.stdout).toContain('项检查通过');
    const unknown = grade(dir, '--lang', 'fr');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown language "fr" for --lang');
  });

  test('the report names the lesson once', { timeout: 60_000 }, async () => {
    await exported;
    const result = grade(dir);
    expect(result.stdout).toMatch(/^coroutines: (PASS|FAIL)/m);
    expect(result.stdout).not.toContain('coroutines · coroutines');
  });

  test('exporting into a folder that has files is refused', async () => {
    await exported;
    await expect(exportLesson('coroutines', dir, FIXTURE_CONTENT_DIR)).rejects.toThrow('is not empty');
    await expect(exportLesson('no-such-lesson', join(base, 'x'))).rejects.toThrow('Unknown lesson "no-such-lesson"');
  });
});
