/**
 * Which runtime runs the learner's code on this page, visible and overridable.
 *
 * Automatic order:
 * 1. The page was served by `npm start` / `npm run dev` (it carries the runner token): the local
 *    runtime, at once. WebContainer boots in the background when the page is idle, and the status
 *    says how that went; the learner switches to it only by choice (the status button, or
 *    `?runtime=webcontainer`), so the runtime never changes under their feet.
 * 2. Otherwise (a static deployment): WebContainer, booted when the page is idle; a Run before it
 *    is ready waits for it, within the boot bound.
 * 3. Otherwise: nothing, with the reason (not cross-origin isolated, unsupported browser, no
 *    network, boot timed out, Node there too old) and what to do.
 *
 * `?runtime=local` or `?runtime=webcontainer` forces one (and never falls back to the other).
 */
import { deferredRuntime } from './deferred-runtime.ts';
import { WEBCONTAINER_LABEL } from './labels.ts';
import { pageLocale, type Locale } from '../i18n/index.ts';
import { runtimeWordsEn, runtimeWordsZh } from '../i18n/runtime-zh.ts';
import { LocalRuntime } from './local/local-runtime.ts';
import { HEALTH_PATH, TOKEN_HEADER, TOKEN_META_NAME, TOKEN_PLACEHOLDER } from './local/local-protocol.ts';
import type { Runtime } from './runtime.ts';
import type { HostState } from './webcontainer/boot.ts';
import type { WebContainerParts } from './webcontainer/index.ts';
import { problems } from './webcontainer/messages.ts';
import { browserFacts, checkSupport, type Support } from './webcontainer/support.ts';

export type RuntimePreference = 'auto' | 'local' | 'webcontainer';

export interface RuntimeStatus {
  /** The status line: the runtime in use (with its Node version once known), or that nothing can run. */
  text: string;
  /** A second sentence: the full reason, or what the other runtime is doing. */
  note: string | null;
  /** Something the learner can do about it: start WebContainer (iOS), or switch runtime. */
  action: { label: string; run: () => void } | null;
}

export interface RuntimeChoice {
  /** What Run uses now; null when nothing can run, and then `reason` says why and what to do. */
  readonly runtime: Runtime | null;
  readonly reason: string;
  status(): RuntimeStatus;
  /** Called whenever the runtime, its state or the status changes. */
  onChange(listener: () => void): () => void;
}

export interface ChooserInput {
  preference: RuntimePreference;
  /** The local runtime, when the page carries the runner token. */
  local: Runtime | null;
  /** The local runner's Node version (its health endpoint); rejects, saying why, when the runner does not answer. */
  localNodeVersion?: () => Promise<string | null>;
  support: Support;
  /** Loads the WebContainer runtime and its host (once), on first need: its code is a chunk of its own. */
  loadWebContainer: (needsConsent: boolean) => Promise<WebContainerParts>;
  /** Runs a background boot when the page is idle. */
  whenIdle: (start: () => void) => void;
  /** When a background boot that is not the page's runtime may start (default: whenIdle). */
  whenSecondary?: (start: () => void) => void;
  /** The page's language, for the status line (default English). */
  locale?: Locale;
}

export function readPreference(search: string): RuntimePreference {
  const value = new URLSearchParams(search).get('runtime');
  return value === 'local' || value === 'webcontainer' ? value : 'auto';
}

/** The chooser itself, with every browser dependency passed in (select-runtime.test.ts drives it with fakes). */
export function chooseRuntime(input: ChooserInput): RuntimeChoice {
  const { preference, local, support } = input;
  const w = input.locale === 'zh-CN' ? runtimeWordsZh : runtimeWordsEn;
  const { noLocal: NO_LOCAL, forcedLocalMissing: FORCED_LOCAL_MISSING, unforceHint: UNFORCE_HINT, localLabel: LOCAL_LABEL } = w;
  const WC = w.webcontainerLabel;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  let localVersion: string | null = null;
  let localProblem: string | null = null;
  const needsConsent = support.ok && support.needsConsent;

  // The WebContainer side: loaded once, on first need; until then its state reads as "not started".
  let parts: WebContainerParts | null = null;
  let loading: Promise<WebContainerParts> | null = null;
  let loadError: string | null = null;
  const loadWebContainer = (): Promise<WebContainerParts> => {
    loading ??= input.loadWebContainer(needsConsent).then(
      (loaded) => {
        parts = loaded;
        loaded.host.onChange(changed);
        changed();
        return loaded;
      },
      (error: unknown) => {
        loadError = error instanceof Error ? error.message : String(error);
        changed();
        throw error;
      },
    );
    return loading;
  };
  const startWebContainer = () => loadWebContainer().then((loaded) => loaded.host.start(), () => {});
  const webcontainerRuntime = deferredRuntime('webcontainer', WEBCONTAINER_LABEL, () => loadWebContainer().then((loaded) => loaded.runtime));

  let active: 'local' | 'webcontainer' | null = null;
  let fixedReason = '';
  if (preference === 'local') {
    active = local ? 'local' : null;
    if (!local) fixedReason = FORCED_LOCAL_MISSING;
  } else if (preference === 'webcontainer') {
    if (support.ok) {
      active = 'webcontainer';
      void startWebContainer(); // asked for by name: no waiting for idle
    } else {
      fixedReason = local ? `${support.problem.message} ${UNFORCE_HINT}` : support.problem.message;
    }
  } else if (local) {
    active = 'local';
    if (support.ok && !support.needsConsent) (input.whenSecondary ?? input.whenIdle)(() => void startWebContainer());
  } else if (support.ok) {
    active = 'webcontainer';
    input.whenIdle(() => void startWebContainer());
  } else {
    fixedReason = support.problem.message;
  }

  if (local && input.localNodeVersion) {
    input.localNodeVersion().then(
      (version) => {
        localVersion = version;
        changed();
      },
      (error: unknown) => {
        localProblem = w.localNoAnswer(error instanceof Error ? error.message : String(error));
        changed();
      },
    );
  }

  const hostState = (): HostState | null => {
    if (loadError !== null) return { phase: 'failed', problem: problems.loadFailed(loadError) };
    if (parts) return parts.host.state;
    return needsConsent && active === 'webcontainer' ? { phase: 'needs-consent' } : loading ? { phase: 'starting' } : null;
  };
  const failedReason = (): string | null => {
    const state = hostState();
    if (active !== 'webcontainer' || state?.phase !== 'failed') return null;
    return preference === 'webcontainer' && local ? `${state.problem.message} ${UNFORCE_HINT}` : state.problem.message;
  };
  const use = (which: 'local' | 'webcontainer') => () => {
    active = which;
    changed();
  };
  const withVersion = (label: string, version: string | null) => (version ? `${label} · Node ${version}` : label);
  /** While local Node runs the code, WebContainer's absence is a side note, said calmly and briefly. */

  return {
    get runtime() {
      if (active === 'local') return local;
      if (active === 'webcontainer' && failedReason() === null) return webcontainerRuntime;
      return null;
    },
    get reason() {
      return failedReason() ?? (active === null ? fixedReason || NO_LOCAL : '');
    },
    status(): RuntimeStatus {
      const state = hostState();
      const failed = failedReason();
      if (failed !== null || active === null) {
        const problemShort =
          state?.phase === 'failed' ? state.problem.short : active === null && !support.ok && preference !== 'local' ? support.problem.short : w.noLocalRuntime;
        return {
          text: w.cannotRun(problemShort),
          note: failed ?? (fixedReason || NO_LOCAL),
          action: null,
        };
      }
      if (active === 'local') {
        const text = withVersion(LOCAL_LABEL, localVersion);
        if (localProblem !== null) return { text, note: localProblem, action: null };
        if (!state) {
          const note = preference === 'auto' && !support.ok ? w.notInUse(support.problem.short) : null;
          return { text, note, action: null };
        }
        switch (state.phase) {
          case 'ready':
            return { text, note: w.readyToo(WC, state.nodeVersion), action: { label: w.runInBrowser, run: use('webcontainer') } };
          case 'failed':
            // Secondary news, not an error: the code runs here all the same.
            return { text, note: w.notInUse(state.problem.short), action: null };
          case 'starting':
          case 'restarting':
            return { text, note: w.startingInBackground(WC), action: null };
          default:
            return { text, note: null, action: null };
        }
      }
      // WebContainer, in use.
      const back = local ? { label: w.runHere, run: use('local') } : null;
      switch (state?.phase) {
        case 'ready':
          return { text: withVersion(WC, state.nodeVersion), note: null, action: back };
        case 'needs-consent':
          return {
            text: w.waitingForYou(WC),
            note: w.iosNote,
            action: { label: w.startInBrowser, run: () => void loadWebContainer().then((loaded) => loaded.host.allow(), () => {}) },
          };
        case 'restarting':
          return { text: w.restarting(WC), note: w.runWaits, action: back };
        default:
          return {
            text: w.starting(WC),
            note: w.firstStart,
            action: back,
          };
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

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
function whenIdle(start: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => start(), { timeout: 3000 }) : setTimeout(start, 1000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * With the local runtime answering, booting WebContainer is only a standby: it waits until the editor
 * is ready (the editor is what the learner reaches for first, and both compete for the CPU), or 15 s.
 */
function afterEditorReady(start: () => void): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    whenIdle(start);
  };
  const observer = 'PerformanceObserver' in globalThis ? new PerformanceObserver((list) => {
    if (list.getEntriesByName('editor:ready').length > 0) go();
  }) : null;
  observer?.observe({ type: 'mark', buffered: true });
  setTimeout(go, 15_000);
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
 * One container for the life of the tab's document: moving to another lesson swaps the page without
 * reloading it (Astro's client router), so the booted container and its files carry over.
 */
let webContainer: Promise<WebContainerParts> | null = null;

async function createOnce(needsConsent: boolean): Promise<WebContainerParts> {
  const { createWebContainer } = await import('./webcontainer/index.ts');
  const parts = createWebContainer({ needsConsent });
  // Free it when the document goes away; boot again if the page comes back from the bfcache.
  addEventListener('pagehide', () => parts.host.teardown());
  addEventListener('pageshow', (event) => {
    if (event.persisted) parts.host.start();
  });
  return parts;
}

/** Picks the runtime for this page (see the top of this file). */
export function selectRuntime(doc: Document): RuntimeChoice {
  const token = doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  const hasToken = token !== '' && token !== TOKEN_PLACEHOLDER;
  return chooseRuntime({
    preference: readPreference(doc.location?.search ?? ''),
    local: hasToken ? new LocalRuntime(token, tabId()) : null,
    localNodeVersion: () => localNodeVersion(token),
    support: checkSupport(browserFacts()),
    loadWebContainer: (needsConsent) => (webContainer ??= createOnce(needsConsent)),
    whenIdle,
    whenSecondary: afterEditorReady,
    locale: pageLocale(doc),
  });
}
