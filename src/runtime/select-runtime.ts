import { LocalRuntime } from './local-runtime.ts';
import type { Runtime } from './runtime.ts';
import { TOKEN_META_NAME, TOKEN_PLACEHOLDER } from './local-protocol.ts';

export type RuntimeChoice = { runtime: Runtime } | { runtime: null; reason: string };

function tabId(): string {
  try {
    const existing = sessionStorage.getItem('course:tab');
    if (existing) return existing;
    const id = crypto.randomUUID();
    sessionStorage.setItem('course:tab', id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

/**
 * Picks the runtime for this page. The local runner is available when the page was served by
 * `npm start` or `npm run dev`, which put their secret into the page. (The WebContainer adapter
 * joins this choice in a later step.)
 */
export function selectRuntime(doc: Document): RuntimeChoice {
  const token = doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  if (token && token !== TOKEN_PLACEHOLDER) return { runtime: new LocalRuntime(token, tabId()) };
  return {
    runtime: null,
    reason: 'No runtime is available: this page was not served by the course server. Run `npm start` and open the address it prints.',
  };
}
