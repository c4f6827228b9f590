/**
 * `npm run bench:sandbox`: what the OS sandbox costs, printed beside the figure without it.
 *   - Run → first output line (median of 10, measured in the runner, as the page's Run gets it);
 *   - grading N copies of a lesson's solution (default 100) with `npm run grade`: the src tests' own
 *     frozen lesson (src/lessons/__fixtures__), so the figure does not move when the course changes.
 * A benchmark prints numbers; it never fails. Options: --runs 10 --submissions 100 --skip-grading
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CONTENT_DIR, FIXTURE_LESSON } from '../lessons/fixture.ts';
import { startRun } from '../runner/run-program.ts';
import { describeSandbox, sandboxSupport } from '../runner/sandbox.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option('runs', 10);
const submissions = option('submissions', 100);
const root = fileURLToPath(new URL('../../', import.meta.url));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function firstLine(sandbox: boolean): Promise<number> {
  const t0 = performance.now();
  let first = NaN;
  const handle = startRun({ files: { 'main.ts': "console.log('hello');" }, entry: 'main.ts', timeLimitMs: 10_000 }, {}, { sandbox });
  for await (const event of handle.events) if (event.type === 'line' && Number.isNaN(first)) first = performance.now() - t0;
  return first;
}

async function gradeClass(dir: string, sandbox: boolean): Promise<{ ms: number; summary: string }> {
  const t0 = performance.now();
  const env = { ...process.env, COURSE_CONTENT_DIR: FIXTURE_CONTENT_DIR, ...(sandbox ? {} : { COURSE_SANDBOX: 'off' }) };
  const out = await new Promise<string>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'src/cli/grade.ts'), FIXTURE_LESSON, dir], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (text += c));
    child.once('close', () => resolve(text));
  });
  return { ms: performance.now() - t0, summary: out.trimEnd().split('\n').at(-1) ?? '' };
}

console.log(describeSandbox());
if (sandboxSupport().kind === 'none') {
  console.log('Nothing to compare: no sandbox on this machine.');
  process.exit(0);
}
await firstLine(true); // warm-up: the first sandbox probe and disk caches
await firstLine(false);
const on: number[] = [];
const off: number[] = [];
for (let i = 0; i < runs; i++) {
  off.push(await firstLine(false));
  on.push(await firstLine(true));
}
const f = (x: number) => `${x.toFixed(0)} ms`;
console.log(`Run → first output line, median of ${runs}: ${f(median(on))} sandboxed, ${f(median(off))} without (cost ${f(median(on) - median(off))}; target: under 100 ms of cost)`);

if (!args.includes('--skip-grading')) {
  const dir = await mkdtemp(path.join(tmpdir(), 'sandbox-cost-'));
  try {
    for (let i = 0; i < submissions; i++) {
      const target = path.join(dir, `s${String(i).padStart(3, '0')}`);
      await cp(path.join(FIXTURE_CONTENT_DIR, FIXTURE_LESSON, '_files'), target, { recursive: true });
      await cp(path.join(FIXTURE_CONTENT_DIR, FIXTURE_LESSON, '_solution'), target, { recursive: true });
    }
    const without = await gradeClass(dir, false);
    const withSandbox = await gradeClass(dir, true);
    const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
    console.log(`Grading ${submissions} submissions of ${FIXTURE_LESSON}: ${s(withSandbox.ms)} sandboxed (${withSandbox.summary}), ${s(without.ms)} without (${without.summary}); target: within 10 % of it`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
