// `npm run bench`: figures for the lesson page served by `npm start`, each beside its target.
// A benchmark prints numbers; it never fails a build on a busy machine. Options:
//   --url http://127.0.0.1:4321   measure a server that is already running (skips build and serve)
//   --runs 10                     Run-button samples
//   --rounds 5                    typing rounds per site (fresh visits, alternating with TutorialKit)
//   --tk /path/to/tk/dist         an already built TutorialKit tutorial (`npx @tutorialkit/cli create
//                                 <dir> --defaults --no-git`, then `npm run build` there): measured in
//                                 the same run, served like ours by the bench's own static server
//   --tk-lesson /1-basics/1-introduction/1-welcome/   its lesson page (default shown)
//   --port 4339                   where the course server is started (the static servers use the next two)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../find-browser.ts';
import { loadCourse } from '../../src/lessons/from-disk.ts';
import { serveStatic } from './static-server.ts';
import { ourSite, tutorialKitSite, typingRound, type TypingRound, type TypingSite } from './typing.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('runs') ?? 10);
const rounds = Number(option('rounds') ?? 5);
const basePort = Number(option('port') ?? 4339);
const tkDist = option('tk');
const tkLesson = option('tk-lesson') ?? '/1-basics/1-introduction/1-welcome/';
const lessonPath = '/lessons/coroutines/';
const root = new URL('../../', import.meta.url);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

// Test-only access key (src/server/access-key.ts); with --url, pass the printed link's key as --key.
const accessKey = option('key') ?? randomBytes(32).toString('base64url');
/** Opens the key link first, as a learner does, so pages carry the runner token. */
async function withKey(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?key=${accessKey}`);
}

async function startServer(): Promise<{ url: string; server: ChildProcess | null }> {
  const given = option('url');
  if (given) return { url: given.replace(/\/$/, ''), server: null };
  console.log('Building the site (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed: run it to see why.');
  const port = basePort;
  const server = spawn(process.execPath, ['src/server/start.ts'], { cwd: root, env: { ...process.env, PORT: String(port), COURSE_ACCESS_KEY_FOR_TESTS: accessKey }, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${url}/`).then((r) => r.ok, () => false)) return { url, server };
    await sleep(100);
  }
  throw new Error('The course server did not start.');
}

/** Scripts fetched by a fresh page, gzip-sized here so the figure does not depend on the server's compression. */
async function scriptBytes(page: Page, collect: () => Promise<void>): Promise<{ total: number; files: number }> {
  const seen: Promise<number>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    const type = response.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(response.url())) seen.push(response.body().then((b) => gzipSync(b).length, () => 0));
  };
  page.on('response', onResponse);
  await collect();
  page.off('response', onResponse);
  const sizes = await Promise.all(seen);
  return { total: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

async function firstLoad(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await withKey(page, url);
  // Hold the editor chunk back so "before the editor" really is before it.
  await page.route(/\/_astro\/monaco-editor[^/]*\.js$/, () => {});
  // What the page needs to be readable and interactive (up to `load`), then what idle time adds
  // before the editor: the WebContainer chooser, which boots in the background when it can.
  const critical = await scriptBytes(page, async () => {
    await page.goto(url + lessonPath, { waitUntil: 'load' });
  });
  const idle = await scriptBytes(page, async () => {
    await sleep(1500);
  });
  const before = { total: critical.total + idle.total, files: critical.files + idle.files, critical, idle };
  const blockingCss = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('head link[rel="stylesheet"]')].map((l) => l.href),
  );
  const monacoCssInHead = await page.evaluate(() => [...document.querySelectorAll('head style')].some((s) => /\.monaco-editor/.test(s.textContent ?? '')));
  await context.close();
  return { before, blockingCss, monacoCssInHead };
}

async function editorLoad(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await withKey(page, url);
  let bytes = { total: 0, files: 0 };
  bytes = await scriptBytes(page, async () => {
    await page.goto(url + lessonPath, { waitUntil: 'load' });
    await page.locator('[data-editor-host]').click();
    await page.locator('.monaco-editor .view-lines').waitFor();
    // The TypeScript worker is part of "ready": wait until it has checked the file once.
    await page.waitForFunction(() => performance.getEntriesByName('editor:load').length > 0);
    await sleep(1500);
  });
  const readyMs = await page.evaluate(() => performance.getEntriesByName('editor:load')[0]?.duration ?? NaN);
  await context.close();
  return { bytes, readyMs };
}

async function runTimes(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await withKey(page, url);
  // A program that prints at once, saved as the learner's edit so no typing is timed.
  await page.goto(url + lessonPath);
  await page.evaluate(() => {
    localStorage.setItem('course:files:coroutines', JSON.stringify({ starter: '', savedAt: Date.now(), files: { 'main.ts': "console.log('hello at', performance.now().toFixed(1));\n" } }));
  });
  await page.reload({ waitUntil: 'load' });
  const samples: { first: number; done: number; program: number }[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const sample = await page.evaluate(
      () =>
        new Promise<{ first: number; done: number; program: number }>((resolve) => {
          const output = document.querySelector('[data-output]')!;
          const button = document.querySelector<HTMLButtonElement>('[data-action="run"]')!;
          let first = NaN;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (Number.isNaN(first) && output.querySelector('.out-line')) first = performance.now() - t0;
            const exit = output.querySelector('.note.ok, .note.bad');
            if (exit && !Number.isNaN(first)) {
              observer.disconnect();
              const program = Number(/after ([\d.]+) s/.exec(exit.textContent ?? '')?.[1] ?? NaN) * 1000;
              resolve({ first, done: performance.now() - t0, program });
            }
          });
          observer.observe(output, { childList: true, subtree: true });
          button.click();
        }),
    );
    if (i > 0) samples.push(sample); // the first run warms the server's file cache: reported apart
    await sleep(200);
  }
  await context.close();
  return samples;
}

const { url, server } = await startServer();
const ours = await serveStatic(new URL('dist/', root).pathname, basePort + 1);
const tk = tkDist ? await serveStatic(tkDist, basePort + 2) : null;
const executablePath = findChromium();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const load = await firstLoad(browser, url);
  const editors: Awaited<ReturnType<typeof editorLoad>>[] = [];
  for (let i = 0; i < 3; i++) editors.push(await editorLoad(browser, url));
  const samples = await runTimes(browser, url);

  // Typing: fresh visits, alternating sites, both from the same static server settings.
  const sites: TypingSite[] = [ourSite(ours.url + lessonPath)];
  if (tk) sites.push(tutorialKitSite(tk.url + tkLesson));
  const typing = new Map<string, TypingRound[]>(sites.map((site) => [site.name, []]));
  await typingRound(browser, sites[0]!).catch(() => null); // warm the disk and the servers' gzip caches
  if (tk) await typingRound(browser, sites[1]!).catch(() => null);
  for (let round = 0; round < rounds; round++) {
    for (const site of sites) {
      try {
        typing.get(site.name)!.push(await typingRound(browser, site));
      } catch (error) {
        console.error(`${site.name}, round ${round + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  }

  const firstLine = median(samples.map((s) => s.first));
  const done = median(samples.map((s) => s.done));
  const overhead = median(samples.map((s) => s.done - s.program));
  const editorReady = median(editors.map((e) => e.readyMs));
  const row = (name: string, value: string, target: string, ok: boolean | null) =>
    console.log(`${name.padEnd(48)} ${value.padStart(12)}   target ${target.padEnd(14)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}`);

  console.log(`\n${(await loadCourse()).title} — lesson page ${lessonPath} at ${url} (${new Date().toISOString()})\n`);
  row('JS before the editor (gzip)', kb(load.before.total), '≤ 20 KB', load.before.total <= 20 * 1024);
  row(`  of which up to the load event (${load.before.critical.files} files)`, kb(load.before.critical.total), '', null);
  row(`  of which loaded after it (${load.before.idle.files} files)`, kb(load.before.idle.total), '', null);
  row('Blocking stylesheets in <head>', String(load.blockingCss.length), '0', load.blockingCss.length === 0 && !load.monacoCssInHead);
  row('Editor ready after its trigger (median of 3)', ms(editorReady), '≤ 2000 ms', editorReady <= 2000);
  row(`Run → first output line (median of ${samples.length})`, ms(firstLine), '≤ 150 ms', firstLine <= 150);
  row(`Run → run finished (median of ${samples.length})`, ms(done), '', null);
  row('Run overhead beyond the program’s own time', ms(overhead), '', null);
  console.log(`\nRun samples (first line / finished / program's own time, ms):`);
  console.log(samples.map((s) => `${s.first.toFixed(0)}/${s.done.toFixed(0)}/${s.program.toFixed(0)}`).join('  '));

  // The typing table: ours beside its target, and TutorialKit's figure from the same run.
  const figure = (name: string, pick: (r: TypingRound) => number[]) => median((typing.get(name) ?? []).flatMap(pick));
  const oursOf = (pick: (r: TypingRound) => number[]) => figure('ours', pick);
  const tkOf = (pick: (r: TypingRound) => number[]) => (tk ? figure('TutorialKit', pick) : NaN);
  const lines: { name: string; pick: (r: TypingRound) => number[]; unit: (x: number) => string; target: (tkValue: number) => [string, (x: number) => boolean] }[] = [
    { name: 'navigation → typed character visible', pick: (r) => [r.navToVisible], unit: ms, target: () => ['', () => true] },
    {
      name: 'first click → typed character visible',
      pick: (r) => [r.clickToVisible],
      unit: ms,
      target: (t) => (Number.isNaN(t) ? ['≤ TK (0.8× aim)', () => true] : [`≤ ${ms(t)} (TK)`, (x) => x <= t]),
    },
    { name: 'keydown → character painted (median)', pick: (r) => r.keyToPaint, unit: ms, target: () => ['≤ 50 ms', (x) => x <= 50] },
    { name: 'blocking time until typing shows', pick: (r) => [r.blockingUntilVisible], unit: ms, target: () => ['≤ 200 ms', (x) => x <= 200] },
    { name: 'JS once the editor is ready (gzip)', pick: (r) => [r.jsReadyBytes], unit: kb, target: () => ['', () => true] },
  ];
  const counts = sites.map((site) => `${site.name}: ${typing.get(site.name)?.length ?? 0}`).join(', ');
  console.log(`\nTyping, fresh visits at 1400×900, medians (rounds — ${counts})${tk ? `; TutorialKit: ${tk.url + tkLesson}` : ' (pass --tk <dist> to compare with TutorialKit)'}`);
  console.log(`${''.padEnd(40)} ${'ours'.padStart(10)} ${'TutorialKit'.padStart(12)} ${'ours/TK'.padStart(8)}   target`);
  for (const line of lines) {
    const o = oursOf(line.pick);
    const t = tkOf(line.pick);
    const [target, ok] = line.target(t);
    const ratio = Number.isNaN(t) ? '' : `${(o / t).toFixed(2)}×`;
    const verdict = target === '' ? '' : ok(o) ? 'ok' : 'MISSED';
    console.log(`${line.name.padEnd(40)} ${line.unit(o).padStart(10)} ${(Number.isNaN(t) ? '—' : line.unit(t)).padStart(12)} ${ratio.padStart(8)}   ${target} ${verdict}`);
  }
} finally {
  await browser.close();
  ours.server.close();
  tk?.server.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
}
