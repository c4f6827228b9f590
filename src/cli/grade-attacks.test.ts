/**
 * The grading CLI against hostile submissions: the real `grade.ts` in a child process, real
 * programs. Link and control-character refusals hold everywhere; the attacks on other submissions,
 * the reports and the CLI itself need the OS sandbox and are skipped (with the reason) without it.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeCli } from '../../test-support/grade-cli.ts';
import { FIXTURE_CONTENT_DIR } from '../lessons/fixture.ts';
import { describeSandbox, sandboxSupport } from '../runner/sandbox.ts';

// The tests' own lesson folder (a frozen copy of coroutines), passed to the CLI as COURSE_CONTENT_DIR.
const LESSON = path.join(FIXTURE_CONTENT_DIR, 'coroutines');
const T = 120_000;
const sandboxed = sandboxSupport().kind === 'bwrap';
if (!sandboxed) console.warn(`Grading attack tests that need the sandbox skipped: ${describeSandbox()}`);

const grade = (...args: string[]) => gradeCli(args);

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let root = '';
let solution = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'grade-attack-test-'));
  solution = await readFile(path.join(LESSON, '_solution/main.ts'), 'utf8');
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

describe('links are refused by name, never followed', () => {
  it('a single-file submission that links to /etc/passwd', { timeout: T }, async () => {
    const link = path.join(root, 'sneaky.ts');
    await symlink('/etc/passwd', link);
    const result = await grade('coroutines', link, '--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sneaky\.ts is a symbolic link/);
    expect(result.stdout + result.stderr).not.toMatch(/root:/);
  });

  it('a linked folder and a linked main.ts each become an error row, not a silent skip or the starter', { timeout: T }, async () => {
    const many = path.join(root, 'links');
    await put(path.join(many, 'honest', 'main.ts'), solution);
    await put(path.join(root, 'elsewhere', 'main.ts'), solution);
    await symlink(path.join(root, 'elsewhere'), path.join(many, 'linked-folder'));
    await mkdir(path.join(many, 'linked-main'));
    await symlink(path.join(LESSON, '_solution/main.ts'), path.join(many, 'linked-main', 'main.ts'));
    const result = await grade('coroutines', many);
    const rows = result.stdout.split('\n');
    expect(rows.find((l) => l.startsWith('honest '))).toMatch(/passed/);
    expect(rows.find((l) => l.startsWith('linked-folder '))).toMatch(/error/);
    expect(rows.find((l) => l.startsWith('linked-main '))).toMatch(/error/);
    expect(result.stdout).toMatch(/linked-folder is a symbolic link/);
    expect(result.stdout).toMatch(/main\.ts is a symbolic link/);
    expect(result.code).toBe(1);
  });
});

describe('control characters never reach the terminal', () => {
  it('escapes them in folder names and program output', { timeout: T }, async () => {
    const many = path.join(root, 'names');
    const nasty = ['cr\rFAKE', 'esc\u001bc', 'csi\u009b31m', 'nl\nzed  passed  8/8'];
    for (const name of nasty) {
      await put(path.join(many, name, 'main.ts'), `console.log('\\u001b[2J\\u001bc\\r\\u009b31mFAKE-PASS'); process.exit(3);`);
    }
    const result = await grade('coroutines', many);
    expect(result.stdout + result.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout).toContain('nl\\nzed');
    // One row per submission: the newline in a name adds none.
    expect(result.stdout.split('\n').filter((l) => l.startsWith('zed'))).toEqual([]);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 4 failed');
  });
});

describe.runIf(sandboxed)('one submission cannot touch another, the reports or the CLI', () => {
  it('holds against an attacker graded beside an honest solution', { timeout: T }, async () => {
    const many = path.join(root, 'class');
    const out = path.join(root, 'reports');
    const victimMain = path.join(many, 'victim', 'main.ts');
    const checks = path.join(LESSON, 'checks.ts');
    const checksBefore = await readFile(checks, 'utf8');
    await put(victimMain, solution);
    await put(
      path.join(many, 'attacker', 'main.ts'),
      `import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
const tryIt = (f) => { try { f(); } catch {} };
tryIt(() => writeFileSync(${JSON.stringify(victimMain)}, 'console.log("overwritten")'));
tryIt(() => appendFileSync(${JSON.stringify(checks)}, '\\n// pwned'));
// Safety: never signal every process unless this really is the sandbox (its PID 1 is ours).
const inSandbox = process.ppid === 1 && readFileSync('/proc/1/cmdline', 'latin1').includes('exec sleep 86400');
for (const p of inSandbox ? readdirSync('/proc').filter((x) => /^\\d+$/.test(x)) : []) {
  if (Number(p) === process.pid) continue;
  tryIt(() => process.kill(Number(p), 'SIGSTOP'));
  tryIt(() => writeFileSync('/proc/' + p + '/fd/1', 'FAKE-PASS 8/8\\n'));
}
spawn('sh', ['-c', 'sleep 1; echo pass > ${out}/attacker.txt; echo FAKE-PASS > /proc/1/fd/1'], { detached: true, stdio: 'ignore' }).unref();
await new Promise((r) => setTimeout(r, 300));`,
    );
    const result = await grade('coroutines', many, '--out', out, '--jobs', '2');
    const reportAfterCli = await readFile(path.join(out, 'attacker.txt'), 'utf8');
    await new Promise((r) => setTimeout(r, 2000)); // longer than the daemon's sleep
    expect(await readFile(path.join(out, 'attacker.txt'), 'utf8')).toBe(reportAfterCli);
    expect(reportAfterCli).toMatch(/attacker: (FAIL|ERROR)/);
    expect(await readFile(victimMain, 'utf8')).toBe(solution);
    expect(await readFile(checks, 'utf8')).toBe(checksBefore);
    const rows = result.stdout.split('\n');
    expect(rows.find((l) => l.startsWith('victim '))).toMatch(/passed\s+(\d+)\/\1\s/);
    expect(rows.filter((l) => l.startsWith('FAKE-PASS'))).toEqual([]);
  });
});
