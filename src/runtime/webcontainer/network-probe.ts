/**
 * Is the WebContainer origin reachable? `boot()` never settles offline (it waits for its iframe to
 * say `init`, and holds the page's boot lock meanwhile), so ask the network first: offline this
 * fetch rejects in 40–160 ms. `no-cors` needs no CORS answer; under our COEP the response still
 * needs `Cross-Origin-Resource-Policy: cross-origin`, which the headless page must send anyway to be
 * embeddable in a `require-corp` page like ours.
 */
import { PROBE_TIMEOUT_MS } from './config.ts';

export type Fetch = (input: string, init: RequestInit) => Promise<unknown>;

export async function canReach(origin: string, fetchFn: Fetch = fetch, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await fetchFn(`${origin}/headless`, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
