/**
 * The done-when test of the lesson model: a forker adds a new chapter and a lesson that imports
 * `node:readline` and measures CPU (`load: cpu`), touching content/ only, in a throwaway copy of
 * the repository (no node_modules copied: it is linked), as the README's authoring guide says:
 * `npm run new-lesson -- <id> --new-chapter "…"`, then the lesson's own files. Then, in that copy:
 *  0. nothing outside content/ changed;
 *  1. the lesson model accepts it (the new chapter exists, `load: cpu`, its programs);
 *  2. the CLI verifies it: `node src/cli/verify.ts <id>` (the solution passes, the starter fails);
 *  3. its files type-check in the editor's types (Monaco's worker with @types/node);
 *  4. the site builds it (`astro build`): the page shows the new chapter and the component the MDX
 *     used without importing it; the course map lists it.
 *  5. in `npm run dev`, a mistake in its frontmatter shows on the lesson page itself (Astro's error
 *     overlay, with the lesson model's message), and the page comes back once it is fixed;
 *  6. `npm test`'s other parts that read every lesson: `astro check` (the lesson's checks.ts and
 *     MDX type-check) and the e2e lesson sweep (e2e/all-lessons.spec.ts: the home page lists every
 *     lesson; the new lesson's page renders and its solution passes in the browser, served by the
 *     course server as `npm start` serves it).
 * Unit tests of src/ use their own fixture lesson, so a new lesson cannot change them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/find-browser.ts';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorChecker, showDiagnostic } from '../learner-types/editor-check.ts';
import { loadCourse, loadLesson } from './from-disk.ts';
import { lessonPrograms, solutionFiles } from './index.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report']);
const ID = 'read-lines';

let copy = '';
/** The chapter new-lesson adds: the one after the course's last. */
let chapter = 0;

/** Files of a tree (paths relative to it), without the folders a build or an install writes. */
async function filesUnder(root: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, full);
    if (!entry.isFile() || SKIP.has(relative.split(path.sep)[0] ?? '')) continue;
    found.set(relative, await readFile(full));
  }
  return found;
}

/** A port nobody listens on now (the OS picks it), for the dev server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The only way this test changes the copy: files under content/. */
async function writeContent(relative: string, text: string): Promise<void> {
  const target = path.join(copy, 'content', relative);
  if (!target.startsWith(path.join(copy, 'content') + path.sep)) throw new Error(`${relative} is outside content/`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
}

/** A terminal's environment, not Vitest's (its NODE_ENV=test, MODE, BASE_URL… change what Astro serves). */
const terminalEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, NO_COLOR: '1' });

function run(command: string, args: string[], timeoutMs: number, given?: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = given ?? { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn(command, args, { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const timer = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const STARTER = `import { pbkdf2Sync } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

// Each line asks for that many thousand rounds of key stretching: CPU work, not waiting.
const lines = createInterface({ input: Readable.from(['30\\n', '50\\n', '80\\n']) });
const before = process.cpuUsage();
let rounds = 0;
for await (const line of lines) {
  // TODO: stretch a key for Number(line) * 1000 rounds with pbkdf2Sync, then count them.
}
const used = process.cpuUsage(before);
console.log(\`rounds \${rounds}\`);
console.log(\`cpu \${Math.round((used.user + used.system) / 1000)} ms\`);
`;

const SOLUTION = STARTER.replace(
  '  // TODO: stretch a key for Number(line) * 1000 rounds with pbkdf2Sync, then count them.\n',
  `  const n = Number(line) * 1000;
  pbkdf2Sync('secret', 'salt', n, 32, 'sha256');
  rounds += n;
`,
);

// A fixed amount of work takes about the same CPU time however busy the machine is (wall time
// would not): 160 000 rounds took about 30 ms of CPU here, on a loaded machine; doing nothing takes 0-1 ms.
const CHECKS = `import { defineChecks, exitsWith, printsValue, type Check } from '#checks';

const busy: Check = {
  id: 'cpu-busy',
  title: 'The program did the CPU work (its own CPU time)',
  evaluate(view) {
    const line = view.stdout.find((l) => /^cpu \\d+ ms$/.test(l.text));
    const ms = line ? Number(/\\d+/.exec(line.text)?.[0]) : NaN;
    if (!(ms >= 15)) return { status: 'fail', message: line ? \`Only \${ms} ms of CPU time: the work was not done.\` : 'No "cpu N ms" line.' };
    return { status: 'pass', message: \`\${ms} ms of CPU time.\` };
  },
};

export default defineChecks({
  checks: [exitsWith(0), printsValue(/^rounds (?<value>\\d+)$/, '160000', { title: 'All 160 000 rounds were done' }), busy],
});
`;

const INDEX = `---
title: Reading lines and doing work
summary: Each line read with node:readline asks for some CPU work; the program does it and adds it up.
chapter: CHAPTER
order: 900
load: cpu
hints:
  - Call pbkdf2Sync from node:crypto with the number of rounds the line asks for.
---

A line-by-line reader, and work that keeps the CPU busy.

<CodeCompare python={"for line in sys.stdin:\\n    work(int(line))"} typescript={"for await (const line of lines) work(Number(line));"} />

## Your turn

Do the work each line asks for.
`;

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'forker-'));
  await cp(REPO, copy, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== REPO.replace(/\/$/, '') });
  await symlink(path.join(REPO, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  chapter = ((await loadCourse(path.join(copy, 'content'))).chapters.at(-1)?.number ?? 0) + 1;
  // The forker's whole change: a new chapter and one lesson folder, scaffolded by new-lesson, then written.
  const scaffold = await run(process.execPath, ['src/authoring/new-lesson.ts', ID, '--new-chapter', 'Reading input'], 60_000);
  if (scaffold.code !== 0) throw new Error(scaffold.out);
  await rm(path.join(copy, 'content', ID), { recursive: true });
  await writeContent(`${ID}/index.mdx`, INDEX.replace('CHAPTER', String(chapter)));
  await writeContent(`${ID}/_files/main.ts`, STARTER);
  await writeContent(`${ID}/_solution/main.ts`, SOLUTION);
  await writeContent(`${ID}/checks.ts`, CHECKS);
}, 120_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('a forker adds a chapter and a lesson by touching content/ only', () => {
  test('nothing outside content/ changed', { timeout: 120_000 }, async () => {
    const [before, after] = await Promise.all([filesUnder(REPO), filesUnder(copy)]);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => !before.get(file)?.equals(after.get(file) ?? Buffer.alloc(0)) || !after.has(file));
    expect(changed.filter((file) => !file.startsWith(`content${path.sep}`))).toEqual([]);
    expect(changed.sort()).toEqual(['content/course.yaml', `content/${ID}/_files/main.ts`, `content/${ID}/_solution/main.ts`, `content/${ID}/checks.ts`, `content/${ID}/index.mdx`].sort());
  });

  test('the lesson model accepts it: the new chapter exists, load: cpu, solution and starter programs', async () => {
    const contentDir = path.join(copy, 'content');
    const course = await loadCourse(contentDir);
    expect(course.chapters.at(-1)).toEqual({ number: chapter, title: 'Reading input' });
    const lesson = await loadLesson(ID, contentDir, course);
    expect(lesson.data).toMatchObject({ chapter, load: 'cpu', kind: 'exercise' });
    expect(lessonPrograms(lesson).map((p) => [p.key, p.expect])).toEqual([
      ['solution', 'pass'],
      ['starter', 'fail'],
    ]);
  });

  test('the CLI verifies it: the solution passes, the starter fails', { timeout: 120_000 }, async () => {
    const { code, out } = await run(process.execPath, ['src/cli/verify.ts', ID], 110_000);
    expect(out).toMatch(new RegExp(`✓ ${ID}: solution passes 3/3; starter fails \\(result-value, cpu-busy\\)`));
    expect(code, out).toBe(0);
  });

  test("its files type-check in the editor's types (node:readline included)", { timeout: 120_000 }, async () => {
    const lesson = await loadLesson(ID, path.join(copy, 'content'));
    const checker = await editorChecker();
    expect((await checker.check(solutionFiles(lesson))).map(showDiagnostic)).toEqual([]);
    expect((await checker.check(lesson.starter)).map(showDiagnostic)).toEqual([]);
  });

  test('the site builds it: its page shows the new chapter and the component used without an import', { timeout: 600_000 }, async () => {
    const { code, out } = await run(process.execPath, [path.join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], 590_000);
    expect(code, out.split('\n').filter((l) => /error|\bat /i.test(l)).join('\n') || out.slice(-3000)).toBe(0);
    const page = await readFile(path.join(copy, 'dist', 'lessons', ID, 'index.html'), 'utf8');
    expect(page).toContain(`Chapter ${chapter}: Reading input`);
    // The reference solution is not in the page (either language): it is a file of its own, fetched on request.
    const solutionLine = "pbkdf2Sync('secret', 'salt', n, 32, 'sha256');";
    expect(page).not.toContain(solutionLine);
    expect(await readFile(path.join(copy, 'dist', 'zh-cn', 'lessons', ID, 'index.html'), 'utf8')).not.toContain(solutionLine);
    const served = JSON.parse(await readFile(path.join(copy, 'dist', 'lessons', ID, 'solution.json'), 'utf8')) as { files: Record<string, string> };
    expect(served.files['main.ts']).toBe(SOLUTION);
    expect(page).toContain('class="compare"');
    expect(page).toContain('Reading lines and doing work');
    // The editor's types chunk holds node:readline (inlined from @types/node at build time).
    const chunks = await readdir(path.join(copy, 'dist', '_astro'));
    const texts = await Promise.all(chunks.filter((f) => f.endsWith('.js')).map((f) => readFile(path.join(copy, 'dist', '_astro', f), 'utf8')));
    expect(texts.some((t) => t.includes('declare module \\"node:readline\\"') || t.includes("declare module 'node:readline'") || t.includes('declare module "node:readline"'))).toBe(true);
    const home = await readFile(path.join(copy, 'dist', 'index.html'), 'utf8');
    expect(home).toContain(`${chapter}. Reading input`);
    expect(home).toContain(`/lessons/${ID}/`);
  });

  test('astro check passes with it', { timeout: 600_000 }, async () => {
    const { code, out } = await run(process.execPath, [path.join(copy, 'node_modules/astro/bin/astro.mjs'), 'check'], 590_000);
    expect(code, out.slice(-3000)).toBe(0);
    expect(out).toMatch(/- 0 errors/);
  });

  test('the e2e lesson sweep passes for it, over the course server', { timeout: 900_000 }, async () => {
    // The e2e config as it is, but serving the site built above (`npm run serve`) instead of building
    // it again (`npm start`): the config lives outside the copy, which keeps only the forker's change.
    const config = path.join(await mkdtemp(path.join(tmpdir(), 'forker-e2e-')), 'playwright.config.ts');
    await writeFile(
      config,
      `import config from ${JSON.stringify(path.join(copy, 'e2e/playwright.config.ts'))};
export default { ...config, testDir: ${JSON.stringify(path.join(copy, 'e2e'))}, outputDir: ${JSON.stringify(path.join(path.dirname(config), 'results'))},
  webServer: { ...config.webServer, command: 'npm run serve', cwd: ${JSON.stringify(copy)} } };
`,
    );
    const port = await freePort();
    const args = ['node_modules/@playwright/test/cli.js', 'test', '-c', config, 'all-lessons.spec.ts', '-g', `home page lists every lesson|lesson ${ID}:`];
    const { code, out } = await run(process.execPath, args, 880_000, { ...terminalEnv(), E2E_PORT: String(port) });
    await rm(path.dirname(config), { recursive: true, force: true });
    expect(code, out.slice(-4000)).toBe(0);
    expect(out).toMatch(/2 passed/);
  });

  test('in npm run dev, a broken frontmatter shows its message on the page, and the page recovers', { timeout: 180_000 }, async () => {
    const port = await freePort();
    const env = terminalEnv();
    const dev: ChildProcess = spawn(process.execPath, [path.join(copy, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
      cwd: copy,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let devOut = '';
    dev.stdout?.setEncoding('utf8').on('data', (c: string) => (devOut += c));
    dev.stderr?.setEncoding('utf8').on('data', (c: string) => (devOut += c));
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const url = `http://127.0.0.1:${port}/lessons/${ID}/`;
      const status = async () => (await fetch(url).catch(() => null))?.status;
      for (let i = 0; i < 120 && (await status()) !== 200; i++) await new Promise((r) => setTimeout(r, 500));
      expect(await status(), devOut).toBe(200);
      const source = await readFile(path.join(copy, 'content', ID, 'index.mdx'), 'utf8');
      await writeContent(`${ID}/index.mdx`, source.replace('load: cpu', 'load: cpu\ntimelimitSeconds: 10'));
      const page = await browser.newPage();
      await expect.poll(async () => (await page.goto(url))?.status(), { timeout: 30_000, message: devOut }).toBe(500);
      const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      await expect.poll(overlay, { timeout: 30_000 }).toContain(`content/${ID}/index.mdx: unknown field "timelimitSeconds": did you mean timeLimitSeconds?`);
      await writeContent(`${ID}/index.mdx`, source);
      await expect.poll(async () => (await page.goto(url))?.status(), { timeout: 30_000 }).toBe(200);
      await expect(page.evaluate(() => document.querySelector('h1')?.textContent)).resolves.toBe('Reading lines and doing work');
      // The solution file the page fetches on Show solution is served by the dev server too.
      const solution = await fetch(`http://127.0.0.1:${port}/lessons/${ID}/solution.json`);
      expect(solution.status).toBe(200);
      expect(((await solution.json()) as { files: Record<string, string> }).files['main.ts']).toBe(SOLUTION);
    } finally {
      await browser.close();
      const stop = (signal: NodeJS.Signals) => {
        try {
          process.kill(-(dev.pid ?? 0), signal);
        } catch {
          // already gone
        }
      };
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      stop('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      stop('SIGKILL');
    }
  });
});
