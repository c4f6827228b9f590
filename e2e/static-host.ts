/**
 * A bare static host for the built site (`dist/`), as Netlify or Cloudflare Pages would serve it:
 * no course server, so no runner token; headers only from `dist/_headers` (public/_headers), and
 * only when asked. Proves the static build runs with WebContainer alone.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** The `/*` block of a Netlify/Cloudflare `_headers` file. */
export async function headersFile(): Promise<Record<string, string>> {
  const text = await readFile(path.join(dist, '_headers'), 'utf8');
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const [name, ...value] = line.trim().split(':');
      if (name) headers[name.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

export async function serveDist(headers: Record<string, string>): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    let file = path.join(dist, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
