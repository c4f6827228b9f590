// `npm run bench:lighthouse`: Lighthouse (mobile preset, its default) on the home page and every
// lesson page of the production build, served by the course server as `npm start` serves it.
// A measurement beside its targets, never a test. Options:
//   --url http://127.0.0.1:4321   a course server that is already running (else dist/ is served on --port)
//   --port 4339                   where to serve dist/ when no --url is given
//   --pages coroutines,comparison only these lessons (default: all, and the home page)
// Needs a Chromium: CHROME_PATH, else the one the e2e tests use.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs, findChromium } from '../find-browser.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('../../', import.meta.url);
const contentDir = new URL('content/', root).pathname;
const lessons = readdirSync(contentDir).filter((id) => existsSync(join(contentDir, id, 'index.mdx')));
const chosen = option('pages')?.split(',') ?? null;
const paths = chosen ? chosen.map((id) => `/lessons/${id}/`) : ['/', ...lessons.map((id) => `/lessons/${id}/`)];

async function server(): Promise<{ url: string; child: ChildProcess | null }> {
  const given = option('url');
  if (given) return { url: given.replace(/\/$/, ''), child: null };
  if (!existsSync(new URL('dist/index.html', root))) throw new Error('No build in dist/: run `npm run build` first.');
  const port = Number(option('port') ?? 4339);
  const child = spawn(process.execPath, ['src/server/start.ts'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${url}/`).then((r) => r.ok, () => false)) return { url, child };
    await sleep(100);
  }
  throw new Error('The course server did not start.');
}

const chrome = process.env.CHROME_PATH ?? findChromium() ?? '';
const { url, child } = await server();
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows: string[] = [];
try {
  for (const path of paths) {
    const report = join(out, 'report.json');
    const result = spawnSync(
      'npx',
      [
        'lighthouse',
        url + path,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' },
    );
    if (result.status !== 0 || !existsSync(report)) {
      rows.push(`${path.padEnd(34)} Lighthouse failed: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}`);
      continue;
    }
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push(
      `${path.padEnd(34)} perf ${String(score('performance')).padStart(3)}  a11y ${String(score('accessibility')).padStart(3)}  best ${String(score('best-practices')).padStart(3)}  seo ${String(score('seo')).padStart(3)}` +
        `   TBT ${audit('total-blocking-time').toFixed(0).padStart(4)} ms  LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s  CLS ${audit('cumulative-layout-shift').toFixed(3)}`,
    );
    console.log(rows.at(-1));
    rmSync(report, { force: true });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
}
console.log(`\nLighthouse, mobile preset (targets: performance ≥ 95 on every lesson page, accessibility 100), ${url}`);
console.log(rows.join('\n'));
