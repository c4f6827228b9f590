/**
 * A local STAND-IN for StackBlitz's headless page, for e2e tests: the real `@webcontainer/api` boots
 * from `globalThis.WEBCONTAINER_API_IFRAME_URL` (its own override), so a page route can answer in
 * StackBlitz's place, offline and deterministically. Two behaviours:
 * - `hang`: a page that never says `init`, as when StackBlitz is unreachable or blocked mid-way;
 * - `refuse`: says `init`, then answers the library's first call (`build`) with an error, the way
 *   Comlink (vendored by @webcontainer/api 1.6.4) sends a thrown error: `boot()` rejects.
 */
import type { Page } from '@playwright/test';

export const STAND_IN_ORIGIN = 'https://webcontainer-stand-in.test';
export const REFUSAL = 'stand-in: this WebContainer refuses to boot';

const pages = {
  hang: '<!doctype html><title>WebContainer stand-in (never ready)</title>',
  refuse: `<!doctype html><title>WebContainer stand-in (refuses)</title><script>
const { port1, port2 } = new MessageChannel();
port1.onmessage = (event) => {
  // Comlink: reply to request \`id\` with a serialized thrown Error (wire type 3, handler "throw").
  port1.postMessage({ id: event.data.id, type: 3, name: 'throw', value: { isError: true, value: { name: 'Error', message: ${JSON.stringify(REFUSAL)} } } });
};
parent.postMessage({ type: 'init' }, '*', [port2]);
</script>`,
};

/** Points the page's WebContainer at the stand-in, with a short boot bound (ms) so tests stay quick. */
export async function useStandIn(page: Page, behaviour: keyof typeof pages, bootTimeoutMs: number): Promise<void> {
  await page.addInitScript(
    ({ origin, ms }) => {
      globalThis.WEBCONTAINER_API_IFRAME_URL = origin;
      globalThis.COURSE_WEBCONTAINER_BOOT_TIMEOUT_MS = ms;
    },
    { origin: STAND_IN_ORIGIN, ms: bootTimeoutMs },
  );
  await page.route(`${STAND_IN_ORIGIN}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      // What an iframe (and a no-cors fetch) needs to load inside our require-corp page.
      headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'cross-origin' },
      body: pages[behaviour],
    }),
  );
}
