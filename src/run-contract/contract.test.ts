/**
 * The run contract, one scenario list run against every runtime:
 * - the Node runner (src/runner), with the OS sandbox where bubblewrap exists, as the server uses it;
 * - `LocalRuntime` (the page's adapter) over the REAL course server on a loopback port, given its
 *   token the way a page gets it (access link → cookie → the page's meta tag) and the headers a
 *   browser adds to a same-origin fetch;
 * - the WebContainer adapter over the FAKE @webcontainer/api (test-support/fake-webcontainer.ts),
 *   which runs no Node: each scenario says what that Node would print, and the adapter must turn it
 *   into the same events as the others.
 * A runtime that words Stop differently, or builds its exit event another way, fails here.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultNode, FakeWebContainerApi, type FakeProcess } from '../../test-support/fake-webcontainer.ts';
import { startRun } from '../runner/run-program.ts';
import { LocalRuntime } from '../runtime/local/local-runtime.ts';
import { TOKEN_META_NAME, TOKEN_PLACEHOLDER } from '../runtime/local/local-protocol.ts';
import { ContainerHost } from '../runtime/webcontainer/boot.ts';
import { WebContainerRuntime } from '../runtime/webcontainer/webcontainer-runtime.ts';
import { createCourseServer, type CourseServer } from '../server/course-server.ts';
import type { ExitEvent, FileMap, LineEvent, RunEvent, RunHandle, RunRequest } from './events.ts';
import { DEFAULT_OUTPUT_CAP_BYTES } from './limits.ts';
import { runMessages, type RunLocale } from './messages.ts';
import { REJECTION_MARKER } from './rejection-marker.ts';
import { checkRunFiles, DEFAULT_FILE_LIMITS } from './run-files.ts';
import { utf8Length } from './utf8.ts';

const T = 60_000;

interface Scenario {
  name: string;
  files: FileMap;
  timeLimitMs?: number;
  locale?: RunLocale;
  /** Press Stop once the first line arrives. */
  stopOnFirstLine?: boolean;
  /** What the program does in the FAKE WebContainer; absent when the run must never reach `node`. */
  fake?: (p: FakeProcess) => void;
  check(run: Collected, runtime: Driver): void;
}

interface Driver {
  name: string;
  merged: boolean;
  run(request: RunRequest): RunHandle;
}

interface Collected {
  events: RunEvent[];
  lines: LineEvent[];
  exit: ExitEvent;
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A fake program's output, a bit at a time, as a real one prints it; then its exit. */
function fakeScript(steps: (string | number)[], code: number | null): (p: FakeProcess) => void {
  return (p) =>
    void (async () => {
      for (const step of steps) {
        if (p.exited) return;
        if (typeof step === 'number') await later(step);
        else p.print(step);
      }
      if (code !== null) p.exitWith(code);
    })();
}

/** The keys every exit event has: one factory builds them all. */
const exitKeys = (withMessage: boolean) => ['code', 'durationMs', ...(withMessage ? ['message'] : []), 'reason', 'signal', 'type'];

function expectExit(exit: ExitEvent, reason: ExitEvent['reason'], message: string | undefined): void {
  expect(exit.reason).toBe(reason);
  expect(exit.message).toBe(message);
  expect(Object.keys(exit).sort()).toEqual(exitKeys(message !== undefined));
  expect(exit.durationMs).toBeGreaterThanOrEqual(0);
  expect(exit.signal === null || typeof exit.signal === 'string').toBe(true);
}

/** A refused run: no program, no output, only an exit saying why, in the page's words. */
function refused(name: string, files: FileMap): Scenario {
  const problem = checkRunFiles(files, 'main.ts');
  if (!problem) throw new Error(`scenario "${name}" must be refused`);
  const en = runMessages('en');
  return {
    name,
    files,
    check({ events, exit }) {
      expect(events).toEqual([exit]);
      expectExit(exit, 'error', en.cannotRun(en.fileProblem(problem)));
      expect(exit.code).toBeNull();
    },
  };
}

const flood = `const line = 'x'.repeat(999);\nfor (;;) console.log(line);\n`;
const fakeFlood = (p: FakeProcess) => {
  const more = () => {
    if (p.exited) return;
    p.print(`${'x'.repeat(999)}\r\n`.repeat(64));
    setTimeout(more, 0);
  };
  more();
};

const scenarios: Scenario[] = [
  {
    name: 'stdout and stderr lines in order with their streams, then the exit code',
    files: {
      'main.ts': `const pause = () => new Promise((r) => setTimeout(r, 60));
console.log('one'); await pause(); console.error('two'); await pause(); console.log('three');
process.exitCode = 3;\n`,
    },
    fake: fakeScript(['one\r\n', 60, 'two\r\n', 60, 'three\r\n'], 3),
    check({ events, lines, exit }, runtime) {
      expect(events[0]).toMatchObject({ type: 'start', merged: runtime.merged });
      expect(lines.map((l) => l.text)).toEqual(['one', 'two', 'three']);
      expect(lines.map((l) => l.stream)).toEqual(runtime.merged ? ['merged', 'merged', 'merged'] : ['stdout', 'stderr', 'stdout']);
      expect(lines.map((l) => l.t)).toEqual([...lines.map((l) => l.t)].sort((a, b) => a - b));
      expectExit(exit, 'exited', undefined);
      expect(exit.code).toBe(3);
    },
  },
  {
    name: 'Stop ends the run with the one Stop message and one exit event',
    files: { 'main.ts': `console.log('ready');\nsetInterval(() => {}, 1000);\n` },
    stopOnFirstLine: true,
    fake: fakeScript(['ready\r\n'], null),
    check({ lines, exit }) {
      expect(lines.map((l) => l.text)).toEqual(['ready']);
      expectExit(exit, 'stopped', runMessages('en').stopped());
      expect(exit.code === null || exit.code > 0).toBe(true);
    },
  },
  {
    name: 'Stop, in the page’s language',
    files: { 'main.ts': `console.log('ready');\nsetInterval(() => {}, 1000);\n` },
    locale: 'zh-CN',
    stopOnFirstLine: true,
    fake: fakeScript(['ready\r\n'], null),
    check({ exit }) {
      expectExit(exit, 'stopped', runMessages('zh-CN').stopped());
    },
  },
  {
    name: 'the time limit stops the program, said in the page’s language',
    files: { 'main.ts': `console.log('waiting');\nsetInterval(() => {}, 1000);\n` },
    timeLimitMs: 1500,
    locale: 'zh-CN',
    fake: fakeScript(['waiting\r\n'], null),
    check({ lines, exit }) {
      expect(lines.map((l) => l.text)).toEqual(['waiting']);
      expectExit(exit, 'timeout', runMessages('zh-CN').timeout(1500));
      expect(exit.durationMs).toBeGreaterThanOrEqual(1400);
    },
  },
  refused('too many files are refused', Object.fromEntries(Array.from({ length: DEFAULT_FILE_LIMITS.maxFiles + 1 }, (_, i) => [i ? `f${i}.ts` : 'main.ts', '']))),
  refused('a file over the size limit is refused', { 'main.ts': `// ${'x'.repeat(DEFAULT_FILE_LIMITS.maxFileBytes)}\n` }),
  refused('a path out of the run folder is refused', { 'main.ts': '', '../outside.ts': '' }),
  {
    name: 'the output limit stops a flood',
    files: { 'main.ts': flood },
    fake: fakeFlood,
    check({ lines, exit }) {
      expectExit(exit, 'output-limit', runMessages('en').outputLimit(DEFAULT_OUTPUT_CAP_BYTES));
      const bytes = lines.reduce((sum, l) => sum + utf8Length(l.text) + (l.partial ? 0 : 1), 0);
      expect(bytes).toBeLessThanOrEqual(DEFAULT_OUTPUT_CAP_BYTES);
      expect(bytes).toBeGreaterThan(DEFAULT_OUTPUT_CAP_BYTES * 0.9);
    },
  },
  {
    name: 'an unhandled rejection is named on stderr, and the program fails',
    files: { 'main.ts': `console.log('before');\nawait new Promise((r) => setTimeout(r, 20));\nPromise.reject(new Error('nobody caught me'));\n` },
    fake: fakeScript(['before\r\n', 20, `${REJECTION_MARKER} Error: nobody caught me\r\nfile:///lesson/main.ts:3\r\nError: nobody caught me\r\n`], 1),
    check({ lines, exit }, runtime) {
      const marker = lines.find((l) => l.text.startsWith(REJECTION_MARKER));
      expect(marker?.text).toBe(`${REJECTION_MARKER} Error: nobody caught me`);
      expect(marker?.stream).toBe(runtime.merged ? 'merged' : 'stderr');
      expect(lines[0]?.text).toBe('before');
      expectExit(exit, 'exited', undefined);
      expect(exit.code).toBe(1);
    },
  },
];

async function collect(handle: RunHandle, stopOnFirstLine: boolean): Promise<Collected> {
  const events: RunEvent[] = [];
  for await (const event of handle.events) {
    events.push(event);
    if (stopOnFirstLine && event.type === 'line') handle.stop();
  }
  const exits = events.filter((e): e is ExitEvent => e.type === 'exit');
  expect(exits).toHaveLength(1);
  expect(events.at(-1)).toBe(exits[0]);
  return { events, lines: events.filter((e): e is LineEvent => e.type === 'line'), exit: exits[0] as ExitEvent };
}

// --- the real course server, for LocalRuntime ------------------------------------------------

let siteRoot = '';
let course: CourseServer | null = null;
let pageToken = '';
let realFetch: typeof fetch | null = null;

/** What a browser does: open the access link (a cookie), load a page, read the token from its meta tag. */
async function tokenFromPage(server: CourseServer): Promise<string> {
  const link = await fetch(server.accessUrl, { redirect: 'manual' });
  const cookie = link.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`the access link set no cookie (HTTP ${link.status})`);
  const page = await (await fetch(server.url, { headers: { cookie } })).text();
  const token = new RegExp(`<meta name="${TOKEN_META_NAME}" content="([^"]+)"`).exec(page)?.[1];
  if (!token || token === TOKEN_PLACEHOLDER) throw new Error('the page carries no runner token');
  return token;
}

/** The headers a browser adds by itself to the page's same-origin fetch. */
function asThePage(origin: string): typeof fetch {
  const plainFetch = globalThis.fetch;
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    headers.set('sec-fetch-site', 'same-origin');
    return plainFetch(input, { ...init, headers });
  };
}

beforeAll(async () => {
  siteRoot = mkdtempSync(path.join(tmpdir(), 'run-contract-test-'));
  const dist = path.join(siteRoot, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), `<!doctype html><html><head><meta name="${TOKEN_META_NAME}" content="${TOKEN_PLACEHOLDER}"></head><body>lesson</body></html>`);
  course = await createCourseServer({ distDir: dist, port: 0 });
  pageToken = await tokenFromPage(course);
  // LocalRuntime calls the global fetch, as in the page.
  realFetch = globalThis.fetch;
  globalThis.fetch = asThePage(new URL(course.url).origin);
}, T);

afterAll(async () => {
  if (realFetch) globalThis.fetch = realFetch;
  await course?.close();
  if (siteRoot) rmSync(siteRoot, { recursive: true, force: true });
});

// --- the runtimes ---------------------------------------------------------------------------

let current: Scenario | null = null;

function fakeWebContainer(): Driver {
  const api = new FakeWebContainerApi();
  api.onSpawn = (p) => {
    if (p.args.includes('--version') || p.args.some((a) => a.includes('probe'))) return defaultNode(p);
    if (!current?.fake) throw new Error(`"${current?.name}" should never have reached node`);
    current.fake(p);
  };
  const host = new ContainerHost({ loadApi: async () => api, reachable: async () => true, bootTimeoutMs: 1000, setupTimeoutMs: 2000, apiKey: undefined });
  const runtime = new WebContainerRuntime(host, { killGraceMs: 500, drainMs: 50 });
  return { name: 'WebContainer adapter (FAKE @webcontainer/api)', merged: true, run: (request) => runtime.run(request) };
}

const drivers: Driver[] = [
  { name: 'Node runner', merged: false, run: (request) => startRun(request) },
  {
    name: 'LocalRuntime over the course server',
    merged: false,
    run(request) {
      if (!course) throw new Error('no server');
      return new LocalRuntime(pageToken, 'contract-tab', new URL('/api/run', course.url).href).run(request);
    },
  },
  fakeWebContainer(),
];

describe.each(drivers)('run contract: $name', (driver) => {
  it.each(scenarios)('$name', { timeout: T }, async (scenario) => {
    current = scenario;
    const request: RunRequest = { files: scenario.files, entry: 'main.ts', timeLimitMs: scenario.timeLimitMs ?? 20_000 };
    if (scenario.locale) request.locale = scenario.locale;
    const run = await collect(driver.run(request), scenario.stopOnFirstLine === true);
    scenario.check(run, driver);
  });
});
