/**
 * The per-server secret that proves a request to the run API comes from a page this server served.
 *
 * Pages carry `<meta name="course-runner-token" content="__COURSE_RUNNER_TOKEN__">`. Our server
 * (`npm start`, or the dev middleware under `astro dev`) replaces the placeholder as it serves the
 * HTML, for the holder of the access key only (access-key.ts); anyone else gets a locked page. A
 * static deployment without our server keeps the placeholder: "no local runtime".
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

import { TOKEN_PLACEHOLDER } from '../runtime/local/local-protocol.ts';


/** 32 random bytes, base64url: made once per server start, never logged. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Replaces every placeholder in a page with the real token. */
export function injectToken(html: string, token: string): string {
  return html.split(TOKEN_PLACEHOLDER).join(token);
}

/**
 * A page for a visitor without the key cookie (access-key.ts): no token, and a note at the top of
 * the body saying how to get the runnable link. Inline styles: it must read well with any CSS.
 */
export function lockedPage(html: string): string {
  const note =
    '<p role="note" data-runner-locked style="margin:0;padding:.6em 1em;background:#fff4ce;color:#3b2f00;' +
    'border-bottom:1px solid #e0c060;font:15px/1.4 system-ui,sans-serif">' +
    'You can read the lessons here, but not run code yet: open the link that <code>npm start</code> ' +
    'printed in its terminal (it ends in <code>?key=…</code>). Only the person who started the course ' +
    'can run programs on this computer.</p>';
  const withoutToken = injectToken(html, '');
  const body = /<body\b[^>]*>/i.exec(withoutToken);
  if (!body) return withoutToken;
  const at = body.index + body[0].length;
  return withoutToken.slice(0, at) + note + withoutToken.slice(at);
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
