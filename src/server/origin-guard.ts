/**
 * SECURITY. The run API executes code on the learner's computer, so only pages served by this very
 * server may use it. Threats and the check that defeats each:
 *
 * - DNS rebinding (evil.example re-resolves to 127.0.0.1; its page is now "same-origin" with us):
 *   the Host header must name a loopback address AND the port the request arrived on. Applied to
 *   every request, pages included, so a rebound page never receives a page carrying the token.
 * - Cross-site requests from any other page: the run API needs an exact loopback Origin, rejects
 *   `Sec-Fetch-Site` other than same-origin, needs `Content-Type: application/json` (a "non-simple"
 *   request: browsers must ask a CORS preflight first, which we never approve) and the secret token.
 * - Other local users or programs guessing their way in: the token, compared in constant time.
 *
 * Functions here only decide; `refuse()` writes the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_HEADER } from '../runtime/local/local-protocol.ts';
import { tokensEqual } from './token.ts';

export type GuardResult = { ok: true } | { ok: false; status: 403 | 405; error: string; allow?: string };

const OK: GuardResult = { ok: true };

function refused(error: string, status: 403 | 405 = 403, allow?: string): GuardResult {
  return allow === undefined ? { ok: false, status, error } : { ok: false, status, error, allow };
}

/** The Host values we answer to when listening on `port`. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/** The Origin values of pages we served on `port`. */
function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Port the request actually arrived on (not what the client claims). */
function arrivalPort(req: IncomingMessage): number | undefined {
  return req.socket?.localPort;
}

/** (a) Every request: the Host header must be a loopback name with the port we received it on. */
export function checkHost(req: IncomingMessage): GuardResult {
  const port = arrivalPort(req);
  const host = header(req, 'host')?.trim().toLowerCase();
  if (port === undefined) return refused('Refused: the connection has no local port.');
  if (!host) return refused('Refused: the request has no Host header.');
  if (!allowedHosts(port).includes(host)) {
    return refused(
      `Refused: this server only answers to http://127.0.0.1:${port}/ or http://localhost:${port}/ (Host header was not one of those).`,
    );
  }
  return OK;
}

function isJson(req: IncomingMessage): boolean {
  const type = header(req, 'content-type');
  if (!type) return false;
  return type.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

function checkFetchMetadataAndToken(req: IncomingMessage, token: string): GuardResult {
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site.trim().toLowerCase() !== 'same-origin') {
    return refused(`Refused: cross-site request (Sec-Fetch-Site: ${site.slice(0, 40)}).`);
  }
  const given = header(req, TOKEN_HEADER);
  if (given === undefined || given === '') return refused('Refused: the X-Course-Token header is missing.');
  if (!tokensEqual(given, token)) return refused('Refused: the X-Course-Token header is wrong (reload the page).');
  return OK;
}

function checkOrigin(req: IncomingMessage, required: boolean): GuardResult {
  const port = arrivalPort(req) ?? -1;
  const origin = header(req, 'origin');
  if (origin === undefined) return required ? refused('Refused: the Origin header is missing.') : OK;
  if (!allowedOrigins(port).includes(origin.trim().toLowerCase())) {
    return refused('Refused: the request comes from another site (Origin does not match this server).');
  }
  return OK;
}

/** (b) The run API: Host, then POST, exact Origin, same-origin fetch metadata, JSON, token. */
export function checkRunRequest(req: IncomingMessage, token: string): GuardResult {
  const host = checkHost(req);
  if (!host.ok) return host;
  // A CORS preflight: never approved, and answered without any Access-Control-Allow-* header.
  if (req.method === 'OPTIONS') return refused('Refused: cross-origin requests are not allowed.');
  if (req.method !== 'POST') return refused('Method not allowed: use POST.', 405, 'POST');
  const origin = checkOrigin(req, true);
  if (!origin.ok) return origin;
  if (!isJson(req)) return refused('Refused: Content-Type must be application/json.');
  return checkFetchMetadataAndToken(req, token);
}

/**
 * The health API (GET). Same-origin GET fetches carry no Origin header, so Origin is checked only
 * when present; the token header (which no cross-site page can send without a preflight) is required.
 */
export function checkHealthRequest(req: IncomingMessage, token: string): GuardResult {
  const host = checkHost(req);
  if (!host.ok) return host;
  if (req.method === 'OPTIONS') return refused('Refused: cross-origin requests are not allowed.');
  if (req.method !== 'GET' && req.method !== 'HEAD') return refused('Method not allowed: use GET.', 405, 'GET');
  const origin = checkOrigin(req, false);
  if (!origin.ok) return origin;
  return checkFetchMetadataAndToken(req, token);
}

/**
 * On every response: cross-origin isolation (SharedArrayBuffer, WebContainer), and no framing by
 * other sites (a page that frames the course could trick a click on Run: clickjacking).
 * X-Frame-Options is for browsers that predate CSP's frame-ancestors.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
};

export function setIsolationHeaders(res: ServerResponse): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
}

/** Writes a refusal as `{error}` JSON. Safe to call on a response that already started or ended. */
export function refuse(res: ServerResponse, result: GuardResult & { ok: false }): void {
  sendJson(res, result.status, { error: result.error }, result.allow ? { Allow: result.allow } : {});
}

/** Small JSON answer; never throws, whatever the state of the response. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  try {
    if (res.headersSent || res.writableEnded || res.destroyed) {
      if (!res.writableEnded) res.end();
      return;
    }
    const text = JSON.stringify(body);
    setIsolationHeaders(res);
    res.writeHead(status, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(text);
  } catch {
    // The client went away; nothing to tell it.
  }
}
