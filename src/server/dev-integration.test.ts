/**
 * The integration inside a REAL `astro dev` (Astro's JavaScript API) on a throwaway project in the
 * temp folder: the page sees the token on globalThis, the Host guard covers pages, the run API
 * works, and Vite's default CORS for other localhost origins is off.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseRunner } from './dev-integration.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

function send(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers ?? {}, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let server: Awaited<ReturnType<typeof dev>>;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'course-dev-test-'));
  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(path.join(root, 'package.json'), '{"name":"dev-probe","type":"module","private":true}');
  writeFileSync(
    path.join(root, 'src', 'pages', 'index.astro'),
    `<html><head><meta name="course-runner-token" content="__COURSE_RUNNER_TOKEN__" /></head><body>probe</body></html>\n`,
  );
  // Astro skips its page middleware when it sees VITEST (it assumes it is inside a Vitest run of
  // the project's own config); hide the variable while the dev server sets itself up.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const vitest = process.env.VITEST;
  delete process.env.VITEST;
  try {
    server = await dev({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
      integrations: [courseRunner()],
    });
  } finally {
    if (vitest !== undefined) process.env.VITEST = vitest;
  }
  port = server.address.port;
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('course-runner integration in astro dev', () => {
  it('gives pages the token only with the access key cookie, with isolation and framing headers', { timeout: 30_000 }, async () => {
    const key = globalThis.__COURSE_ACCESS_KEY__ ?? '';
    const link = await send(port, { path: `/?key=${key}`, headers: { Host: `127.0.0.1:${port}` } });
    expect(link.status).toBe(303);
    expect(link.headers.location).toBe('/');
    expect(link.headers['set-cookie']?.[0]).toBe(`course-key-${port}=${key}; Path=/; HttpOnly; SameSite=Strict`);

    const stranger = await send(port, { headers: { Host: `127.0.0.1:${port}` } });
    expect(stranger.status).toBe(200);
    expect(stranger.text).toContain('name="course-runner-token" content=""');
    expect(stranger.text).toContain('open the link that <code>npm start</code>');
    expect(stranger.text).not.toContain(globalThis.__COURSE_RUNNER_TOKEN__ ?? 'none');

    const reply = await send(port, { headers: { Host: `127.0.0.1:${port}`, Cookie: `course-key-${port}=${key}` } });
    expect(reply.status).toBe(200);
    const token = /name="course-runner-token" content="([^"]+)"/.exec(reply.text)?.[1];
    expect(token).toBe(globalThis.__COURSE_RUNNER_TOKEN__);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(reply.text).toContain('probe');
    expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('refuses pages to a Host with the wrong port, and sends no CORS headers to other local sites', async () => {
    const wrongPort = await send(port, { headers: { Host: `localhost:${port + 1}` } });
    expect(wrongPort.status).toBe(403);
    expect(wrongPort.text).not.toContain(globalThis.__COURSE_RUNNER_TOKEN__ ?? 'none');
    const otherSite = await send(port, { headers: { Host: `127.0.0.1:${port}`, Origin: 'http://localhost:9999' } });
    expect(otherSite.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send(port, {
      method: 'OPTIONS',
      path: '/api/run',
      headers: { Host: `127.0.0.1:${port}`, Origin: 'http://localhost:9999', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('runs a program through /api/run', { timeout: 30_000 }, async () => {
    const token = globalThis.__COURSE_RUNNER_TOKEN__ ?? '';
    const headers = {
      Host: `127.0.0.1:${port}`,
      Origin: `http://127.0.0.1:${port}`,
      'Content-Type': 'application/json',
      'X-Course-Token': token,
    };
    const body = JSON.stringify({ files: { 'main.ts': "const n: number = 6 * 7; console.log('answer', n);" }, entry: 'main.ts' });
    const reply = await send(port, { method: 'POST', path: '/api/run', headers, body });
    expect(reply.status).toBe(200);
    const events = reply.text.trim().split('\n').map((l) => JSON.parse(l) as { type: string; text?: string; reason?: string });
    expect(events.map((e) => e.type)).toEqual(['start', 'line', 'observed', 'exit']);
    expect(events[1]?.text).toBe('answer 42');
    expect(events[3]?.reason).toBe('exited');
    const refused = await send(port, { method: 'POST', path: '/api/run', headers: { ...headers, 'X-Course-Token': 'nope' }, body });
    expect(refused.status).toBe(403);
  });
});
