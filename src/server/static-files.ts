/**
 * Serves the built site (`dist/`) for `npm start`: what `astro preview` would do, plus the token
 * injected into every HTML page. Bodies (and their gzip versions) are cached in memory, keyed by
 * file and checked against the file's size and mtime, so a rebuild while running is picked up.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { sendJson, setIsolationHeaders } from './origin-guard.ts';
import { injectToken, lockedPage } from './token.ts';

const gzip = promisify(gzipCallback);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json|wasm|xml)|image\/(svg\+xml|x-icon))/.test(type);
}

/** Whether the client accepts gzip (and did not say `gzip;q=0`). */
function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of value.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding?.trim() !== 'gzip' && coding?.trim() !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

const MIN_GZIP_BYTES = 1024;
/** Larger files are streamed from disk, uncompressed and uncached. */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

interface Body {
  body: Buffer;
  /** undefined: not computed yet; null: not worth it. */
  gzipped: Buffer | null | undefined;
}

interface CachedFile extends Body {
  size: number;
  mtimeMs: number;
  etag: string;
  /** HTML only: the page as served to a visitor without the key cookie (no token, a note instead). */
  locked?: Body;
}

export interface StaticOptions {
  /** Absolute path of the built site. */
  distDir: string;
  /** Injected into HTML in place of TOKEN_PLACEHOLDER, for requests that `mayRun`. */
  token: string;
  /** Whether this request may get the token (it carries the key cookie); others get a locked page. */
  mayRun: (req: IncomingMessage) => boolean;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

type Resolved =
  | { kind: 'file'; file: string; size: number; mtimeMs: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'refused' }
  | { kind: 'bad' }
  | { kind: 'missing' };

export function createStaticHandler(options: StaticOptions): RequestHandler {
  const root = path.resolve(options.distDir);
  const cache = new Map<string, CachedFile>();

  async function statFile(file: string): Promise<{ size: number; mtimeMs: number; dir: boolean } | null> {
    try {
      const s = await stat(file);
      return { size: s.size, mtimeMs: s.mtimeMs, dir: s.isDirectory() };
    } catch {
      return null;
    }
  }

  /** Maps the URL path to a file inside `root`, refusing anything that could leave it. */
  async function resolve(rawUrl: string): Promise<Resolved> {
    const cut = rawUrl.search(/[?#]/);
    const rawPath = cut === -1 ? rawUrl : rawUrl.slice(0, cut);
    const query = cut === -1 ? '' : rawUrl.slice(cut);
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return { kind: 'bad' };
    }
    if (!decoded.startsWith('/') || decoded.includes('\0')) return { kind: 'bad' };
    const segments = decoded.split(/[/\\]/);
    if (segments.some((s) => s === '..') || decoded.includes('\\')) return { kind: 'refused' };
    const file = path.join(root, ...segments.filter((s) => s !== '' && s !== '.'));
    if (file !== root && !file.startsWith(root + path.sep)) return { kind: 'refused' };

    const found = await statFile(file);
    if (found?.dir) {
      // "/lessons/coroutines" -> "/lessons/coroutines/", so relative links in the page resolve.
      // Leading slashes collapse to one: "//lessons/" would send the browser to a host named "lessons".
      if (!rawPath.endsWith('/')) return { kind: 'redirect', location: `/${rawPath.replace(/^\/+/, '')}/${query}` };
      const index = path.join(file, 'index.html');
      const indexStat = await statFile(index);
      if (indexStat && !indexStat.dir) return { kind: 'file', file: index, ...indexStat };
      return { kind: 'missing' };
    }
    if (found) return { kind: 'file', file, ...found };
    // Astro's `build.format: 'file'` writes /about.html for /about.
    if (!rawPath.endsWith('/') && path.extname(file) === '') {
      const html = `${file}.html`;
      const htmlStat = await statFile(html);
      if (htmlStat && !htmlStat.dir) return { kind: 'file', file: html, ...htmlStat };
    }
    return { kind: 'missing' };
  }

  async function load(file: string, size: number, mtimeMs: number): Promise<CachedFile> {
    const hit = cache.get(file);
    if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit;
    let body = await readFile(file);
    let locked: Body | undefined;
    if (file.endsWith('.html')) {
      const html = body.toString('utf8');
      body = Buffer.from(injectToken(html, options.token), 'utf8');
      locked = { body: Buffer.from(lockedPage(html), 'utf8'), gzipped: undefined };
    }
    const entry: CachedFile = { size, mtimeMs, body, gzipped: undefined, etag: `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"` };
    if (locked) entry.locked = locked;
    cache.set(file, entry);
    return entry;
  }

  async function gzipped(entry: Body, type: string): Promise<Buffer | null> {
    if (entry.gzipped !== undefined) return entry.gzipped;
    if (!isCompressible(type) || entry.body.length < MIN_GZIP_BYTES) {
      entry.gzipped = null;
      return null;
    }
    const out = await gzip(entry.body, { level: 9 });
    entry.gzipped = out.length < entry.body.length ? out : null;
    return entry.gzipped;
  }

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    found: { file: string; size: number; mtimeMs: number },
    urlPath: string,
  ): Promise<void> {
    const type = contentTypeFor(found.file);
    const isHtml = found.file.endsWith('.html');
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      // Hashed build assets never change; everything else (HTML carries this start's token) is revalidated.
      'Cache-Control': urlPath.startsWith('/_astro/') && status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (found.size > MAX_CACHED_BYTES) {
      res.writeHead(status, { ...headers, 'Content-Length': found.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(found.file)
        .on('error', () => res.destroy())
        .pipe(res);
      return;
    }
    const entry = await load(found.file, found.size, found.mtimeMs);
    if (!isHtml) {
      headers.ETag = entry.etag;
      if (status === 200 && req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
    }
    // HTML differs with the key cookie: never shared by a cache between the two kinds of visitor.
    const variant: Body = isHtml && entry.locked && !options.mayRun(req) ? entry.locked : entry;
    if (isHtml) headers.Vary = 'Cookie';
    let body = variant.body;
    if (isCompressible(type)) {
      headers.Vary = isHtml ? 'Cookie, Accept-Encoding' : 'Accept-Encoding';
      if (acceptsGzip(req.headers['accept-encoding'])) {
        const gz = await gzipped(variant, type);
        if (gz) {
          body = gz;
          headers['Content-Encoding'] = 'gzip';
        }
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setIsolationHeaders(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'Method not allowed.' }, { Allow: 'GET, HEAD' });
      return;
    }
    const url = req.url ?? '/';
    const resolved = await resolve(url);
    const urlPath = url.split(/[?#]/, 1)[0] ?? '/';
    switch (resolved.kind) {
      case 'file':
        await send(req, res, 200, resolved, urlPath);
        return;
      case 'redirect':
        // resolve() makes every location a path starting with exactly one "/" (never "//host").
        res.writeHead(301, { Location: resolved.location, 'Cache-Control': 'no-cache' });
        res.end();
        return;
      case 'refused':
        sendJson(res, 403, { error: 'Refused: that path leaves the site folder.' });
        return;
      case 'bad':
        sendJson(res, 400, { error: 'Bad request path.' });
        return;
      case 'missing': {
        const notFound = path.join(root, '404.html');
        const s = await statFile(notFound);
        if (s && !s.dir) {
          await send(req, res, 404, { file: notFound, size: s.size, mtimeMs: s.mtimeMs }, urlPath);
          return;
        }
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end('Not found');
      }
    }
  }

  return (req, res) => {
    serve(req, res).catch(() => {
      try {
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal error.' });
        else res.destroy();
      } catch {
        // nothing more to do
      }
    });
  };
}
