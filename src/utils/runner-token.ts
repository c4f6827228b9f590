/**
 * The local runtime's secret reaches the page only inside the page itself, and only for the person
 * who started the server: pages render this placeholder, and the course server (`npm start`) or
 * the dev middleware (`astro dev`) fills it in for requests with the access key cookie. A static
 * deployment keeps the placeholder, which the page reads as "no local runtime here".
 */
import { TOKEN_PLACEHOLDER } from '../runtime/local/local-protocol.ts';

export function runnerTokenForPage(): string {
  return TOKEN_PLACEHOLDER;
}
