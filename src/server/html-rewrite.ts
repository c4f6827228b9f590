/**
 * `astro dev` renders pages itself; to give the runner token only to the key holder (as `npm
 * start` does), the dev middleware rewrites each HTML response on its way out. Pages render the
 * placeholder, so a response this misses carries no token (fails closed).
 *
 * The response's body is held until `end()`, then transformed and sent with a new length. Only
 * `text/html` without a Content-Encoding is touched; anything else streams through unchanged.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

type Chunk = string | Uint8Array;

export function rewriteHtml(res: ServerResponse, transform: (html: string) => string): void {
  const write = res.write.bind(res) as (chunk: Chunk, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const originalWriteHead = res.writeHead;
  const chunks: Buffer[] = [];
  let html: boolean | undefined;

  const isHtml = (): boolean => {
    html ??=
      String(res.getHeader('content-type') ?? '').toLowerCase().startsWith('text/html') && res.getHeader('content-encoding') === undefined;
    return html;
  };
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
  };

  // writeHead's headers go through setHeader, so they are seen (and the length can be replaced).
  // Node's own end() and write() call writeHead too (implicit headers): for HTML that waits until
  // our end() has the new body; anything else goes out at once.
  res.writeHead = function writeHead(status: number, ...rest: unknown[]) {
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as OutgoingHttpHeaders | string[] | undefined;
    const reason = rest.find((r) => typeof r === 'string') as string | undefined;
    res.statusCode = status;
    if (reason !== undefined) res.statusMessage = reason;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i] as string, headers[i + 1] as string);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    if (isHtml()) return res;
    res.writeHead = originalWriteHead;
    return res.writeHead(status);
  } as ServerResponse['writeHead'];

  res.write = function (chunk: Chunk, ...rest: unknown[]) {
    if (!isHtml()) return write(chunk, ...rest);
    keep(chunk, rest[0]);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as ServerResponse['write'];

  res.end = function (...args: unknown[]) {
    if (!isHtml()) return end(...args);
    const [chunk, encoding] = args;
    keep(chunk, encoding);
    const callback = args.find((r) => typeof r === 'function') as (() => void) | undefined;
    const body = Buffer.from(transform(Buffer.concat(chunks).toString('utf8')), 'utf8');
    res.removeHeader('Transfer-Encoding');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Vary', 'Cookie');
    res.writeHead = originalWriteHead;
    return end(body, callback);
  } as ServerResponse['end'];
}
