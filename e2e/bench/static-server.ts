/**
 * The bench's own static server: one set of headers and one compression for every site it serves,
 * so our lesson page and a TutorialKit tutorial are compared on equal terms. Loopback only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/json|image\/svg|application\/wasm|font\/ttf)/;

export async function serveStatic(root: string, port: number): Promise<{ url: string; server: Server }> {
  const base = path.resolve(root);
  const cache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'Content-Type': type,
        // Both sites need cross-origin isolation for WebContainer.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
        // Hashed build assets may be cached; pages are revalidated.
        'Cache-Control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = cache.get(file);
        if (!gz) cache.set(file, (gz = gzipSync(body)));
        headers['Content-Encoding'] = 'gzip';
        return void res.writeHead(200, headers).end(gz);
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}
