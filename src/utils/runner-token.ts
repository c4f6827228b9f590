/**
 * The local runtime's secret reaches the page only inside the page itself: `npm start` replaces this
 * placeholder when it serves the HTML, and `astro dev` renders the dev server's token directly.
 * A static deployment keeps the placeholder, which the page reads as "no local runtime here".
 */
import { TOKEN_PLACEHOLDER } from '../runtime/local-protocol.ts';

declare global {
  // Set by the course-runner integration while `astro dev` runs (src/server/dev-integration.ts).
  var __COURSE_RUNNER_TOKEN__: string | undefined;
}

export function runnerTokenForPage(): string {
  return import.meta.env.DEV ? (globalThis.__COURSE_RUNNER_TOKEN__ ?? '') : TOKEN_PLACEHOLDER;
}
