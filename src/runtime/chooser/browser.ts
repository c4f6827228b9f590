/**
 * The chooser's browser wiring: reads the page (runner token, `?runtime=`, language, what the browser
 * supports), asks the local runner for its Node version, and schedules WebContainer's background boot.
 * The workspace creates one choice per lesson page and disposes it when the page is left.
 */
import { pageLocale } from '../../i18n/index.ts';
import { LocalRuntime } from '../local/local-runtime.ts';
import { HEALTH_PATH, TOKEN_HEADER, TOKEN_META_NAME, TOKEN_PLACEHOLDER } from '../local/local-protocol.ts';
import type { WebContainerParts } from '../webcontainer/index.ts';
import { browserFacts, checkSupport } from '../webcontainer/support.ts';
import { chooseRuntime, type RuntimeChoice } from './choice.ts';
import { readPreference } from './machine.ts';

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

/** After the page has loaded, when the browser is idle: a background boot must not compete with reading or the editor. */
function whenIdle(start: () => void): () => void {
  let idleHandle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const idle = () => {
    if ('requestIdleCallback' in window) idleHandle = requestIdleCallback(() => start(), { timeout: 3000 });
    else timer = setTimeout(start, 1000);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
  return () => {
    removeEventListener('load', idle);
    if (idleHandle !== null) cancelIdleCallback(idleHandle);
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * With the local runtime answering, booting WebContainer is only a standby: it waits until the editor
 * is ready (the editor is what the learner reaches for first, and both compete for the CPU), or 15 s.
 */
function afterEditorReady(start: () => void): () => void {
  let started = false;
  let cancelIdle: (() => void) | null = null;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(timer);
    cancelIdle = whenIdle(start);
  };
  const observer = 'PerformanceObserver' in globalThis ? new PerformanceObserver((list) => {
    if (list.getEntriesByName('editor:ready').length > 0) go();
  }) : null;
  observer?.observe({ type: 'mark', buffered: true });
  const timer = setTimeout(go, 15_000);
  return () => {
    started = true;
    observer?.disconnect();
    clearTimeout(timer);
    cancelIdle?.();
  };
}

async function localNodeVersion(token: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(HEALTH_PATH, { headers: { [TOKEN_HEADER]: token } });
  } catch {
    throw new Error('no connection');
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { node?: unknown };
  return typeof body.node === 'string' ? body.node : null;
}

/**
 * One WebContainer for the life of the tab's document. Moving to another lesson swaps the page
 * without reloading it (Astro's client router), so the booted container and its files carry over:
 * the page's script creates one of these once and hands it to every lesson page's choice.
 */
export class DocumentWebContainer {
  #parts: Promise<WebContainerParts> | null = null;

  get(needsConsent: boolean): Promise<WebContainerParts> {
    this.#parts ??= (async () => {
      const { createWebContainer } = await import('../webcontainer/index.ts');
      const parts = createWebContainer({ needsConsent });
      // Free it when the document goes away; boot again if the page comes back from the bfcache.
      addEventListener('pagehide', () => parts.host.teardown());
      addEventListener('pageshow', (event) => {
        if (event.persisted) parts.host.start();
      });
      return parts;
    })();
    return this.#parts;
  }
}

/** Picks the runtime for this lesson page (see machine.ts). Dispose it when the page is left. */
export function selectRuntime(doc: Document, webContainer: DocumentWebContainer): RuntimeChoice {
  const token = doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  const hasToken = token !== '' && token !== TOKEN_PLACEHOLDER;
  return chooseRuntime({
    preference: readPreference(doc.location?.search ?? ''),
    local: hasToken ? new LocalRuntime(token, tabId()) : null,
    localNodeVersion: () => localNodeVersion(token),
    support: checkSupport(browserFacts()),
    loadWebContainer: (needsConsent) => webContainer.get(needsConsent),
    whenIdle,
    whenSecondary: afterEditorReady,
    locale: pageLocale(doc),
  });
}
