/**
 * Bounds and settings of the WebContainer runtime, with the two overrides a test (or a deployment)
 * may set on the page before our script runs.
 */

declare global {
  // The iframe origin `@webcontainer/api` boots from (its own override; default https://stackblitz.com).
  var WEBCONTAINER_API_IFRAME_URL: string | undefined;
  // Ours: the boot bound in ms. Tests set it small; learners never need to.
  var COURSE_WEBCONTAINER_BOOT_TIMEOUT_MS: number | undefined;
}

/**
 * How long a boot may take before we give up on WebContainer for this page: 30 s.
 * Real boots have been reported at ~10 s on a cold cache, and StackBlitz's own test fixture (and
 * bolt.new) race the boot against 30 s. A timed-out boot can never be retried in the page (the
 * library's boot lock stays held), so erring long costs less than erring short; offline the network
 * probe answers in well under a second, and a learner with `npm start` never waits for this at all.
 */
export const DEFAULT_BOOT_TIMEOUT_MS = 30_000;
/** The reachability probe: offline it fails in 40–160 ms; a stalled network is cut off here. */
export const PROBE_TIMEOUT_MS = 5_000;
/** One setup step after boot (mount, writing files, a spawn, the Node probes). */
export const SETUP_TIMEOUT_MS = 20_000;
/** After `kill()`, how long the process may take to report its exit before the container is torn down and booted again. */
export const KILL_GRACE_MS = 3_000;
/** After the process exits, how long to wait for the last output to arrive. */
export const DRAIN_MS = 250;

const DEFAULT_IFRAME_ORIGIN = 'https://stackblitz.com';
/** The `coep` boot option must match what our pages send (src/server/origin-guard.ts, public/_headers). */
export const COEP = 'require-corp' as const;

/** The boot bound: the page's override when it is a positive number, else the default. */
export function bootTimeoutMs(scope: { COURSE_WEBCONTAINER_BOOT_TIMEOUT_MS?: unknown } = globalThis): number {
  const value = scope.COURSE_WEBCONTAINER_BOOT_TIMEOUT_MS;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_BOOT_TIMEOUT_MS;
}

/** The origin the library will boot from, read the same way the library reads it. */
export function iframeOrigin(scope: { WEBCONTAINER_API_IFRAME_URL?: unknown } = globalThis): string {
  const value = scope.WEBCONTAINER_API_IFRAME_URL;
  try {
    return new URL(typeof value === 'string' ? value : DEFAULT_IFRAME_ORIGIN).origin;
  } catch {
    return DEFAULT_IFRAME_ORIGIN;
  }
}

/**
 * StackBlitz's API key for licensed deployments, from the build's environment
 * (`PUBLIC_WEBCONTAINER_API_KEY`). It ends up in the page, as any WebContainer key does; it is never
 * committed. Empty: no key (fine for personal and non-commercial use, see README).
 */
export function configuredApiKey(): string | undefined {
  const key: unknown = import.meta.env.PUBLIC_WEBCONTAINER_API_KEY;
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : undefined;
}
