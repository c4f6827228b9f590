/**
 * Drives the chooser's state machine (machine.ts) with what it hears: the local runner's health, the
 * WebContainer host's state, the learner's switch. Every browser dependency is passed in (browser.ts
 * passes the real ones; choice.test.ts drives it with a fake WebContainer API and idle callbacks run
 * by hand). One per lesson page, disposed when the page is left.
 */
import { deferredRuntime } from '../deferred-runtime.ts';
import { WEBCONTAINER_LABEL } from '../labels.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Runtime } from '../runtime.ts';
import type { WebContainerParts } from '../webcontainer/index.ts';
import { problems } from '../webcontainer/messages.ts';
import type { Support } from '../webcontainer/support.ts';
import { blocked, bootPlan, initialState, runnable, statusOf, transition, type ChooserEvent, type RuntimePreference, type StatusAction } from './machine.ts';
import { reasonText, statusWords, wordsFor } from './wording.ts';

interface RuntimeStatus {
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
  /** The page is left: no more boots scheduled from it, no more listening to the host. */
  dispose(): void;
}

/** Runs `start` later; returns how to cancel it. */
type Scheduler = (start: () => void) => (() => void) | void;

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
  whenIdle: Scheduler;
  /** When a background boot that is not the page's runtime may start (default: whenIdle). */
  whenSecondary?: Scheduler;
  /** The page's language, for the status line (default English). */
  locale?: Locale;
}

export function chooseRuntime(input: ChooserInput): RuntimeChoice {
  const words = wordsFor(input.locale);
  const listeners = new Set<() => void>();
  let state = initialState(input.preference, input.local !== null, input.support);
  let disposed = false;
  const dispatch = (event: ChooserEvent) => {
    if (disposed) return;
    state = transition(state, event);
    for (const listener of [...listeners]) listener();
  };
  const needsConsent = input.support.ok && input.support.needsConsent;

  // The WebContainer side: loaded once, on first need.
  let loading: Promise<WebContainerParts> | null = null;
  let unlisten: (() => void) | null = null;
  const loadWebContainer = (): Promise<WebContainerParts> => {
    if (!loading) {
      dispatch({ type: 'webcontainer-loading' });
      loading = input.loadWebContainer(needsConsent).then(
        (loaded) => {
          if (!disposed) {
            const report = () => dispatch({ type: 'webcontainer-state', state: loaded.host.state });
            unlisten = loaded.host.onChange(report);
            report();
          }
          return loaded;
        },
        (error: unknown) => {
          dispatch({ type: 'webcontainer-load-failed', problem: problems.loadFailed(error instanceof Error ? error.message : String(error)) });
          throw error;
        },
      );
    }
    return loading;
  };
  const startWebContainer = () => void loadWebContainer().then((loaded) => !disposed && loaded.host.start(), () => {});
  const webcontainerRuntime = deferredRuntime('webcontainer', WEBCONTAINER_LABEL, () => loadWebContainer().then((loaded) => loaded.runtime));

  let cancelBoot: (() => void) | void = undefined;
  const plan = bootPlan(state);
  if (plan === 'now') startWebContainer();
  else if (plan === 'when-idle') cancelBoot = input.whenIdle(startWebContainer);
  else if (plan === 'after-editor') cancelBoot = (input.whenSecondary ?? input.whenIdle)(startWebContainer);

  if (input.local && input.localNodeVersion) {
    input.localNodeVersion().then(
      (version) => dispatch({ type: 'local-version', version }),
      (error: unknown) => dispatch({ type: 'local-no-answer', detail: error instanceof Error ? error.message : String(error) }),
    );
  }

  const act = (does: StatusAction) => () => {
    if (does === 'use-local') dispatch({ type: 'use', runtime: 'local' });
    else if (does === 'use-webcontainer') dispatch({ type: 'use', runtime: 'webcontainer' });
    else void loadWebContainer().then((loaded) => !disposed && loaded.host.allow(), () => {});
  };

  return {
    get runtime() {
      const which = runnable(state);
      return which === 'local' ? input.local : which === 'webcontainer' ? webcontainerRuntime : null;
    },
    get reason() {
      const stop = blocked(state);
      return stop ? reasonText(stop, words) : '';
    },
    status(): RuntimeStatus {
      const worded = statusWords(statusOf(state), words);
      return { text: worded.text, note: worded.note, action: worded.action ? { label: worded.action.label, run: act(worded.action.does) } : null };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      cancelBoot?.();
      unlisten?.();
      listeners.clear();
    },
  };
}
