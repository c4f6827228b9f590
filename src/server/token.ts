/**
 * The per-server secret that proves a request to the run API comes from a page this server served.
 *
 * Pages carry `<meta name="course-runner-token" content="__COURSE_RUNNER_TOKEN__">`. Our server
 * replaces the placeholder when it serves HTML (`npm start`), or the page reads
 * `globalThis.__COURSE_RUNNER_TOKEN__` while rendering under `astro dev`. A static deployment
 * without our server keeps the placeholder, which the page reads as "no local runtime".
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

import { TOKEN_PLACEHOLDER } from '../runtime/local-protocol.ts';

export { TOKEN_HEADER, TOKEN_META_NAME, TOKEN_PLACEHOLDER } from '../runtime/local-protocol.ts';

/** 32 random bytes, base64url: made once per server start, never logged. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Replaces every placeholder in a page with the real token. */
export function injectToken(html: string, token: string): string {
  return html.split(TOKEN_PLACEHOLDER).join(token);
}

/** Constant-time comparison, so the token cannot be guessed one character at a time from timings. */
export function tokensEqual(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  // timingSafeEqual needs equal lengths; comparing b with itself keeps the time independent of `given`.
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}
