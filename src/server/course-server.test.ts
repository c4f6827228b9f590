/**
 * A real server on an ephemeral port on 127.0.0.1, real HTTP requests (node:http, so every header,
 * Host included, is under the test's control) and real learner programs.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../run-contract/events.ts';
import { createEventQueue } from '../run-contract/event-queue.ts';
import { isAlive, processesWith, summarize, waitFor } from '../../test-support/run-helpers.ts';
import { createCourseServer, type CourseServer } from './course-server.ts';
import { TOKEN_PLACEHOLDER } from '../runtime/local/local-protocol.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const T = 30_000;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Headers of a legitimate run request from a page served on `port`. */
function goodHeaders(port: number, token: string): Record<string, string> {
  return {
    Host: `127.0.0.1:${port}`,
    Origin: `http://127.0.0.1:${port}`,
    'Content-Type': 'application/json',
    'Sec-Fetch-Site': 'same-origin',
    'X-Course-Token': token,
  };
}

const hello = JSON.stringify({ files: { 'main.ts': "console.log('hello')" }, entry: 'main.ts' });

/** Starts a run and exposes its NDJSON events as they arrive. */
function openRun(port: number, token: string, body: unknown) {
  const queue = createEventQueue<RunEvent>();
  let request!: http.ClientRequest;
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/run', headers: goodHeaders(port, token), agent: false },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let nl = buffer.indexOf('\n');
          while (nl !== -1) {
            queue.push(JSON.parse(buffer.slice(0, nl)) as RunEvent);
            buffer = buffer.slice(nl + 1);
            nl = buffer.indexOf('\n');
          }
        });
        res.on('end', () => queue.end());
        res.on('error', () => queue.end());
        res.on('close', () => queue.end());
        resolve(res);
      },
    );
    request.on('error', (error) => {
      queue.end();
      reject(error);
    });
    request.end(JSON.stringify(body));
  });
  const iterator = queue.iterable[Symbol.asyncIterator]();
  return {
    response,
    request,
    async next(): Promise<RunEvent | undefined> {
      const r = await iterator.next();
      return r.done ? undefined : r.value;
    },
    async rest(): Promise<RunEvent[]> {
      const out: RunEvent[] = [];
      for (;;) {
        const r = await iterator.next();
        if (r.done) return out;
        out.push(r.value);
      }
    },
  };
}

let foreverCount = 0;
/**
 * A program that never ends, in a file named uniquely so the test finds its process from outside
 * (inside the sandbox the program knows only its namespace's pid). It prints the file name.
 */
const forever = (extra = '') => {
  const entry = `forever-${process.pid}-${++foreverCount}.ts`;
  return { files: { [entry]: `console.log('${entry}'); ${extra} setInterval(() => {}, 1000);` }, entry, timeLimitMs: 60_000 };
};
/** The host pid of the program that printed its file name in `line` (the node process, not the sandbox's). */
async function hostPid(line: RunEvent | undefined): Promise<number> {
  const marker = line?.type === 'line' ? line.text : '?';
  const isNode = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0')[0]?.endsWith('node') === true;
  await waitFor(() => processesWith(marker).some(isNode));
  return processesWith(marker).find(isNode) ?? NaN;
}

let siteRoot: string;
let distDir: string;
let course: CourseServer;
let port: number;
let token: string;
let key: string;

beforeAll(async () => {
  // A fake project: a secret next to dist/ that traversal must never reach.
  siteRoot = mkdtempSync(path.join(tmpdir(), 'course-server-test-'));
  distDir = path.join(siteRoot, 'dist');
  mkdirSync(path.join(distDir, 'lessons', 'coroutines'), { recursive: true });
  mkdirSync(path.join(distDir, '_astro'), { recursive: true });
  writeFileSync(path.join(siteRoot, 'package.json'), '{"secret":"do-not-serve"}');
  const page = (title: string) =>
    `<!doctype html><html><head><meta name="course-runner-token" content="${TOKEN_PLACEHOLDER}"><title>${title}</title></head><body>${title}</body></html>`;
  writeFileSync(path.join(distDir, 'index.html'), page('Home'));
  writeFileSync(path.join(distDir, 'lessons', 'coroutines', 'index.html'), page('Coroutines'));
  writeFileSync(path.join(distDir, '404.html'), page('Lost'));
  writeFileSync(path.join(distDir, '_astro', 'app.abc123.js'), `export const x = ${JSON.stringify('x'.repeat(20_000))};\n`);
  writeFileSync(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(distDir, 'module.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  course = await createCourseServer({ distDir, port: 0, maxConcurrentRuns: 2 });
  port = course.port;
  token = course.token;
  key = new URL(course.accessUrl).searchParams.get('key') ?? '';
});

afterAll(async () => {
  await course?.close();
  rmSync(siteRoot, { recursive: true, force: true });
});

describe('listening', () => {
  it('listens on 127.0.0.1 only', async () => {
    const address = course.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', port });
    expect(course.url).toBe(`http://127.0.0.1:${port}/`);
    // Another loopback address on the same port: nobody is listening there.
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(null);
      });
      socket.once('error', resolve);
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });

  it('refuses to listen anywhere but loopback, or without a built site', async () => {
    await expect(createCourseServer({ distDir, port: 0, host: '0.0.0.0' })).rejects.toThrow(/only listens on 127\.0\.0\.1/);
    await expect(createCourseServer({ distDir: path.join(siteRoot, 'nope'), port: 0 })).rejects.toThrow(/npm run build first/);
  });

  it('explains a port that is already taken', async () => {
    await expect(createCourseServer({ distDir, port })).rejects.toThrow(/Port \d+ is already in use/);
  });
});

describe('guard on the run API', () => {
  const refusals: [string, (h: Record<string, string>) => void, RegExp][] = [
    ['a rebound Host (evil.example:PORT)', (h) => (h.Host = `evil.example:${port}`), /Host/],
    ['a loopback Host with another port', (h) => (h.Host = `127.0.0.1:${port + 1}`), /Host/],
    ['a missing Origin', (h) => delete h.Origin, /Origin header is missing/],
    ['another Origin', (h) => (h.Origin = 'http://evil.example'), /another site/],
    ['an Origin with another port', (h) => (h.Origin = `http://127.0.0.1:${port + 1}`), /another site/],
    ['Sec-Fetch-Site: cross-site', (h) => (h['Sec-Fetch-Site'] = 'cross-site'), /cross-site/],
    ['a text/plain body', (h) => (h['Content-Type'] = 'text/plain'), /Content-Type must be application\/json/],
    ['a missing token', (h) => delete h['X-Course-Token'], /token header is missing/i],
    ['a wrong token', (h) => (h['X-Course-Token'] = 'A'.repeat(43)), /token header is wrong/i],
    ['a token of another length', (h) => (h['X-Course-Token'] = 'short'), /token header is wrong/i],
  ];
  for (const [name, change, pattern] of refusals) {
    it(`refuses ${name} with 403`, async () => {
      const headers = goodHeaders(port, token);
      change(headers);
      const reply = await send(port, { method: 'POST', path: '/api/run', headers, body: hello });
      expect(reply.status).toBe(403);
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(reply.text).error).toMatch(pattern);
      expect(reply.text).not.toContain(token);
    });
  }

  it('answers GET with 405', async () => {
    const reply = await send(port, { method: 'GET', path: '/api/run', headers: goodHeaders(port, token) });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it('never approves a CORS preflight', async () => {
    const reply = await send(port, {
      method: 'OPTIONS',
      path: '/api/run',
      headers: {
        Host: `127.0.0.1:${port}`,
        Origin: 'http://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-course-token',
      },
    });
    expect(reply.status).toBe(403);
    expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('answers 413 to a body over 2 MiB and 400 to bad bodies, in the page’s language', async () => {
    const big = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/run', agent: false, headers: { ...goodHeaders(port, token), 'Content-Length': String(3 * 1024 * 1024) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(big).toBe(413);
    const cases: [string, RegExp][] = [
      ['{not json', /not valid JSON/],
      ['[]', /JSON object/],
      [JSON.stringify({ entry: 'main.ts' }), /"files" must be an object/],
      [JSON.stringify({ files: { 'main.ts': 1 }, entry: 'main.ts' }), /is not text/],
      [JSON.stringify({ files: { 'main.ts': '' } }), /"entry"/],
      [JSON.stringify({ files: { 'main.ts': '' }, entry: 'main.ts', timeLimitMs: -1 }), /timeLimitMs/],
      [JSON.stringify({ files: { 'main.ts': '' }, entry: 'main.ts', tabId: 7 }), /tabId/],
      [JSON.stringify({ files: { '../x.ts': '' }, entry: '../x.ts' }), /contains "\.\."/],
      [JSON.stringify({ files: { 'main.ts': '' }, entry: 'other.ts' }), /not among the files/],
      [JSON.stringify({ files: { 'main.ts': '' }, entry: 'main.ts', locale: 'fr' }), /"locale" must be "en" or "zh-CN"/],
      [JSON.stringify({ files: { '../x.ts': '' }, entry: '../x.ts', locale: 'zh-CN' }), /^无法运行你的程序：文件名 “\.\.\/x\.ts” 含有“\.\.”。$/],
    ];
    for (const [body, pattern] of cases) {
      const reply = await send(port, { method: 'POST', path: '/api/run', headers: goodHeaders(port, token), body });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.text).error).toMatch(pattern);
    }
  });

  it('serves health only with the token', async () => {
    const ok = await send(port, { path: '/api/health', headers: { Host: `localhost:${port}`, 'X-Course-Token': token } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ ok: true, runtime: 'local', node: process.version });
    const noToken = await send(port, { path: '/api/health', headers: { Host: `localhost:${port}` } });
    expect(noToken.status).toBe(403);
    const rebound = await send(port, { path: '/api/health', headers: { Host: `evil.example:${port}`, 'X-Course-Token': token } });
    expect(rebound.status).toBe(403);
    const crossSite = await send(port, {
      path: '/api/health',
      headers: { Host: `[::1]:${port}`, 'X-Course-Token': token, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
  });
});

describe('running programs over HTTP', () => {
  it('streams NDJSON events in order, exit last', { timeout: T }, async () => {
    const run = openRun(port, token, {
      files: { 'main.ts': "console.log('one'); console.error('two'); setTimeout(() => console.log('three'), 20);" },
      entry: 'main.ts',
    });
    const res = await run.response;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const result = summarize(await run.rest());
    expect(result.events[0]?.type).toBe('start');
    expect(result.stdout).toEqual(['one', 'three']);
    expect(result.stderr).toEqual(['two']);
    expect(result.exit).toMatchObject({ code: 0, reason: 'exited' });
  });

  it('kills the program when the client disconnects', { timeout: T }, async () => {
    const run = openRun(port, token, forever());
    expect((await run.next())?.type).toBe('start');
    const line = await run.next();
    const pid = await hostPid(line);
    expect(isAlive(pid)).toBe(true);
    run.request.destroy();
    expect(await waitFor(() => !isAlive(pid))).toBe(true);
    expect(await waitFor(() => course.endpoint.activeRuns === 0)).toBe(true);
  });

  it('answers 429 beyond the concurrency bound', { timeout: T }, async () => {
    const a = openRun(port, token, forever());
    const b = openRun(port, token, forever());
    await a.next();
    await b.next();
    const reply = await send(port, { method: 'POST', path: '/api/run', headers: goodHeaders(port, token), body: hello });
    expect(reply.status).toBe(429);
    expect(JSON.parse(reply.text).error).toBe('Too many programs are running at once (2). Stop one, then run again.');
    a.request.destroy();
    b.request.destroy();
    expect(await waitFor(() => course.endpoint.activeRuns === 0)).toBe(true);
  });

  it('a new run from the same tab stops the previous one', { timeout: T }, async () => {
    const first = openRun(port, token, { ...forever(), tabId: 'tab-1' });
    await first.next(); // start
    const pidLine = await first.next();
    const pid = await hostPid(pidLine);
    const second = openRun(port, token, { files: { 'main.ts': "console.log('second')" }, entry: 'main.ts', tabId: 'tab-1' });
    const firstRest = summarize([{ type: 'start', runtime: 'local', nodeVersion: process.version, merged: false }, ...(await first.rest())]);
    expect(firstRest.exit.reason).toBe('stopped');
    expect(isAlive(pid)).toBe(false);
    const secondResult = summarize(await second.rest());
    expect(secondResult.stdout).toEqual(['second']);
    expect(secondResult.exit.reason).toBe('exited');
  });

  it('stopAll kills every run', { timeout: T }, async () => {
    const run = openRun(port, token, forever());
    await run.next();
    const line = await run.next();
    const pid = await hostPid(line);
    await course.endpoint.stopAll();
    expect(isAlive(pid)).toBe(false);
    const rest = await run.rest();
    expect(rest.at(-1)).toMatchObject({ type: 'exit', reason: 'stopped' });
  });
});

describe('static site', () => {
  const page = (p: string, headers: Record<string, string> = {}) =>
    send(port, { path: p, headers: { Host: `127.0.0.1:${port}`, ...headers } });

  const withKey = () => ({ Cookie: `other=1; course-key-${port}=${key}` });

  it('serves index.html with the token injected and isolation headers, to the key holder', async () => {
    const reply = await page('/', withKey());
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.text).toContain(`<meta name="course-runner-token" content="${token}">`);
    expect(reply.text).not.toContain(TOKEN_PLACEHOLDER);
  });

  it('serves a page without the key cookie with no token, saying how to get the runnable link', async () => {
    for (const cookie of [undefined, `course-key-${port}=wrong`, `course-key-${port + 1}=${key}`]) {
      const reply = await page('/lessons/coroutines/', cookie ? { Cookie: cookie } : {});
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('Coroutines');
      expect(reply.text).toContain('<meta name="course-runner-token" content="">');
      expect(reply.text).toContain('open the link that <code>npm start</code>');
      expect(reply.text).not.toContain(token);
      expect(reply.headers.vary).toContain('Cookie');
    }
    // gzip has its own cache per variant: still no token
    const gz = await page('/', { 'Accept-Encoding': 'gzip' });
    const body = gz.headers['content-encoding'] === 'gzip' ? gunzipSync(gz.body).toString('utf8') : gz.text;
    expect(body).not.toContain(token);
  });

  it('the printed link sets an HttpOnly, SameSite=Strict cookie and takes the key out of the address', async () => {
    expect(course.accessUrl).toBe(`http://127.0.0.1:${port}/?key=${key}`);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const reply = await page(`//lessons/coroutines/?x=1&key=${key}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/lessons/coroutines/?x=1');
    expect(reply.headers['set-cookie']).toEqual([`course-key-${port}=${key}; Path=/; HttpOnly; SameSite=Strict`]);
    const wrong = await page('/?key=not-the-key');
    expect(wrong.status).toBe(200);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.text).not.toContain(token);
  });

  it('forbids framing by other sites on every response', async () => {
    const replies = [
      await page('/', withKey()),
      await page('/_astro/app.abc123.js'),
      await page('/missing'),
      await page('/lessons/coroutines'),
      await page('/', { Host: 'evil.example' }),
      await send(port, { method: 'POST', path: '/api/run', headers: { Host: `127.0.0.1:${port}` } }),
    ];
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'self'");
      expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('never redirects to another host, whatever the slashes', async () => {
    for (const p of ['//lessons', '///lessons', '//lessons/coroutines', '/\\lessons']) {
      const reply = await page(p);
      if (reply.status === 301) expect(reply.headers.location).toMatch(/^\/[^/\\]/);
      else expect([400, 403, 404]).toContain(reply.status);
    }
    expect((await page('//lessons')).headers.location).toBe('/lessons/');
  });

  // The attack from the review: another account on the same machine fetches a page and uses its
  // token. Run as `nobody` with util-linux's setpriv (needs root to switch user).
  it.runIf(process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') && existsSync('/usr/bin/curl'))(
    'gives another local user (nobody) no token',
    { timeout: T },
    async () => {
      // Asynchronous: the server under test runs in this very process.
      const asNobody = async (...args: string[]) =>
        (await promisify(execFile)('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '/usr/bin/curl', '-s', ...args], { encoding: 'utf8' })).stdout;
      const html = await asNobody(`http://127.0.0.1:${port}/lessons/coroutines/`);
      expect(html).toContain('Coroutines');
      expect(html).not.toContain(token);
      const guessedKey = await asNobody('-o', '/dev/null', '-w', '%{http_code}', `http://127.0.0.1:${port}/?key=guess`);
      expect(guessedKey).toBe('200');
      const forged = await asNobody(
        '-o', '/dev/null', '-w', '%{http_code}',
        '-H', `Origin: http://127.0.0.1:${port}`, '-H', 'Content-Type: application/json', '-H', 'Sec-Fetch-Site: same-origin',
        '--data', hello, `http://127.0.0.1:${port}/api/run`,
      );
      expect(forged).toBe('403');
    },
  );

  it('serves lesson folders, redirecting to the trailing slash', async () => {
    const redirect = await page('/lessons/coroutines?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/lessons/coroutines/?x=1');
    const reply = await page('/lessons/coroutines/');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('Coroutines');
  });

  it('never serves a page to a rebound Host, so the token cannot leak', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost']) {
      const reply = await page('/', { Host: host });
      expect(reply.status).toBe(403);
      expect(reply.text).not.toContain(token);
    }
    expect((await page('/', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await page('/', { Host: `[::1]:${port}` })).status).toBe(200);
  });

  it('refuses path traversal', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/lessons/..%2f..%2fpackage.json', '/..\\package.json']) {
      const reply = await page(p);
      expect([400, 403, 404]).toContain(reply.status);
      expect(reply.text).not.toContain('do-not-serve');
    }
    expect((await page('/..%2fpackage.json')).status).toBe(403);
  });

  it('answers 404 with 404.html', async () => {
    const reply = await page('/no/such/page/', withKey());
    expect(reply.status).toBe(404);
    expect(reply.text).toContain('Lost');
    expect(reply.text).toContain(token);
  });

  it('gzips and caches hashed assets for long', async () => {
    const plain = await page('/_astro/app.abc123.js');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await page('/_astro/app.abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 10);
    const refused = await page('/_astro/app.abc123.js', { 'Accept-Encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const again = await page('/_astro/app.abc123.js', { 'If-None-Match': String(plain.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('sends the right content types', async () => {
    expect((await page('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
    expect((await page('/module.wasm')).headers['content-type']).toBe('application/wasm');
  });

  it('answers other methods with 405', async () => {
    const reply = await send(port, { method: 'DELETE', path: '/', headers: { Host: `127.0.0.1:${port}` } });
    expect(reply.status).toBe(405);
  });
});
