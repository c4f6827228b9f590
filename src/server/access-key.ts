/**
 * SECURITY. Who may run code: only the person who started the server, the way Jupyter does it.
 *
 * Any local user can connect to a loopback port, so a page must not hand the runner token to
 * whoever asks. The server makes a random key at start and prints a link carrying it
 * (`http://127.0.0.1:4321/?key=…`), which only its own user sees, in their terminal. Opening the
 * link sets an HttpOnly, SameSite=Strict cookie holding the key, and pages carry the runner token
 * only for requests with that cookie. Everyone else still gets readable lessons, with a note on how
 * to get the runnable link. The same person's second tab or browser just opens the link again.
 *
 * Cookies are shared by every port of a host, so the cookie's name includes the port: two servers
 * (say `npm start` and a test run) never overwrite each other's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createToken, tokensEqual } from './token.ts';

/**
 * Test-only: lets a test harness (Playwright's webServer) choose the key it will put in its
 * browser's cookie. Only the server's own user can set a process's environment or read it
 * (/proc/<pid>/environ is private), so this gives nobody else anything; it must be long.
 */
const ACCESS_KEY_ENV = 'COURSE_ACCESS_KEY_FOR_TESTS';
const MIN_KEY_LENGTH = 32;

/** A new key, or the test harness's (refused when short: a guessable key would open the runner). */
export function createAccessKey(env: NodeJS.ProcessEnv = process.env): string {
  const given = env[ACCESS_KEY_ENV];
  if (given === undefined || given === '') return createToken();
  if (given.length < MIN_KEY_LENGTH || !/^[\w-]+$/.test(given)) {
    throw new Error(`${ACCESS_KEY_ENV} must be at least ${MIN_KEY_LENGTH} letters, digits, "-" or "_".`);
  }
  return given;
}

function cookieName(port: number): string {
  return `course-key-${port}`;
}

/** The link to print: opening it lets this browser run code. */
export function accessLink(baseUrl: string, key: string): string {
  return `${baseUrl}?key=${key}`;
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Whether the request carries this server's key cookie (compared in constant time). */
export function hasAccessCookie(req: IncomingMessage, key: string, port: number): boolean {
  const value = cookieValue(req, cookieName(port));
  return value !== undefined && tokensEqual(value, key);
}

/**
 * Answers `GET …?key=<key>`: sets the cookie and redirects to the same path without the key (so it
 * leaves the address bar and the history). Returns false, having done nothing, for any other request.
 * A wrong key is ignored: the page is then served as to anyone without the cookie.
 */
export function acceptAccessLink(req: IncomingMessage, res: ServerResponse, key: string, port: number): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  if (q === -1) return false;
  const params = new URLSearchParams(url.slice(q + 1));
  const given = params.get('key');
  if (given === null || !tokensEqual(given, key)) return false;
  params.delete('key');
  const rest = params.toString();
  // Only ever a path on this server: "//host" would be another site.
  const pathname = `/${url.slice(0, q).replace(/^[/\\]+/, '')}`;
  res.writeHead(303, {
    Location: `${pathname}${rest ? `?${rest}` : ''}`,
    'Set-Cookie': `${cookieName(port)}=${key}; Path=/; HttpOnly; SameSite=Strict`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end();
  return true;
}
