/**
 * Which runtime runs the learner's code, as a pure state machine: states, events, transitions and
 * the status each state shows. No DOM, no text (wording.ts words it), no timers (choice.ts drives it).
 *
 * Automatic order:
 * 1. The page was served by `npm start` / `npm run dev` (it carries the runner token): the local
 *    runtime, at once. WebContainer boots in the background once the editor is ready, and the status
 *    says how that went; the learner switches to it only by choice (the status button, or
 *    `?runtime=webcontainer`), so the runtime never changes under their feet.
 * 2. Otherwise (a static deployment): WebContainer, booted when the page is idle; a Run before it
 *    is ready waits for it, within the boot bound.
 * 3. Otherwise: nothing, with the reason (not cross-origin isolated, unsupported browser, no
 *    network, boot timed out, Node there too old) and what to do.
 *
 * `?runtime=local` or `?runtime=webcontainer` forces one (and never falls back to the other).
 */
import type { HostState } from '../webcontainer/boot.ts';
import type { Problem } from '../webcontainer/messages.ts';
import type { Support } from '../webcontainer/support.ts';

export type RuntimePreference = 'auto' | 'local' | 'webcontainer';
export type RuntimeName = 'local' | 'webcontainer';

/** WebContainer as the chooser last heard of it: `null` until its code is asked for. */
type WebContainerState = null | { phase: 'loading' } | HostState;

export interface ChooserState {
  readonly preference: RuntimePreference;
  readonly hasLocal: boolean;
  readonly support: Support;
  /** The runtime the learner runs on, null when none can (see `blocked`). */
  readonly active: RuntimeName | null;
  readonly localVersion: string | null;
  /** Why the local runner did not answer its health check, if it did not. */
  readonly localNoAnswer: string | null;
  readonly webcontainer: WebContainerState;
}

export type ChooserEvent =
  | { type: 'local-version'; version: string | null }
  | { type: 'local-no-answer'; detail: string }
  | { type: 'webcontainer-loading' }
  /** Its code did not load: reads as a failed boot. */
  | { type: 'webcontainer-load-failed'; problem: Problem }
  | { type: 'webcontainer-state'; state: HostState }
  /** The learner pressed the status line's switch. */
  | { type: 'use'; runtime: RuntimeName };

/** When WebContainer should boot, decided once at the start. */
export type BootPlan = 'never' | 'now' | 'when-idle' | 'after-editor';

/** Why nothing can run: what the status line and a refused Run say. */
export type Blocked =
  | { why: 'forced-local-missing' }
  /** `unforceHint`: the page has the local runner, only `?runtime=webcontainer` keeps it from being used. */
  | { why: 'webcontainer'; problem: Problem; unforceHint: boolean };

/** The status line's ten states; the data each needs, no words. */
export type Status =
  | { kind: 'cannot-run'; blocked: Blocked }
  | { kind: 'local'; version: string | null }
  | { kind: 'local-no-answer'; version: string | null; detail: string }
  | { kind: 'local-webcontainer-off'; version: string | null; problem: Problem }
  | { kind: 'local-webcontainer-starting'; version: string | null }
  | { kind: 'local-webcontainer-ready'; version: string | null; webcontainerVersion: string }
  | { kind: 'webcontainer-starting'; canGoBack: boolean }
  | { kind: 'webcontainer-restarting'; canGoBack: boolean }
  | { kind: 'webcontainer-needs-consent' }
  | { kind: 'webcontainer-ready'; version: string; canGoBack: boolean };

/** What the status line's button does, when it has one. */
export type StatusAction = 'use-local' | 'use-webcontainer' | 'allow-webcontainer';

export function readPreference(search: string): RuntimePreference {
  const value = new URLSearchParams(search).get('runtime');
  return value === 'local' || value === 'webcontainer' ? value : 'auto';
}

export function initialState(preference: RuntimePreference, hasLocal: boolean, support: Support): ChooserState {
  let active: RuntimeName | null = null;
  if (preference === 'local') active = hasLocal ? 'local' : null;
  else if (preference === 'webcontainer') active = support.ok ? 'webcontainer' : null;
  else if (hasLocal) active = 'local';
  else if (support.ok) active = 'webcontainer';
  return { preference, hasLocal, support, active, localVersion: null, localNoAnswer: null, webcontainer: null };
}

export function bootPlan(state: ChooserState): BootPlan {
  if (!state.support.ok || state.preference === 'local') return 'never';
  if (state.preference === 'webcontainer') return 'now'; // asked for by name: no waiting for idle
  if (state.hasLocal) return state.support.needsConsent ? 'never' : 'after-editor';
  return 'when-idle';
}

export function transition(state: ChooserState, event: ChooserEvent): ChooserState {
  switch (event.type) {
    case 'local-version':
      return { ...state, localVersion: event.version };
    case 'local-no-answer':
      return { ...state, localNoAnswer: event.detail };
    case 'webcontainer-loading':
      return state.webcontainer === null ? { ...state, webcontainer: { phase: 'loading' } } : state;
    case 'webcontainer-load-failed':
      return { ...state, webcontainer: { phase: 'failed', problem: event.problem } };
    case 'webcontainer-state':
      return { ...state, webcontainer: event.state };
    case 'use':
      // Only a runtime that exists can be chosen: the switch is offered for those alone.
      if (event.runtime === 'local' && !state.hasLocal) return state;
      if (event.runtime === 'webcontainer' && !state.support.ok) return state;
      return { ...state, active: event.runtime };
  }
}

/** WebContainer's state as the status reads it: until its host reports, it waits for consent or is starting. */
function host(state: ChooserState): HostState | null {
  const wc = state.webcontainer;
  if (wc !== null && wc.phase !== 'loading') return wc;
  if (state.support.ok && state.support.needsConsent && state.active === 'webcontainer') return { phase: 'needs-consent' };
  return wc === null ? null : { phase: 'starting' };
}

/** Why nothing can run, or null when Run has a runtime. */
export function blocked(state: ChooserState): Blocked | null {
  const forcedWithLocal = state.preference === 'webcontainer' && state.hasLocal;
  if (state.active === 'webcontainer') {
    const wc = host(state);
    return wc?.phase === 'failed' ? { why: 'webcontainer', problem: wc.problem, unforceHint: forcedWithLocal } : null;
  }
  if (state.active === 'local') return null;
  // No runtime from the start: local was forced without the runner, or WebContainer is unsupported here.
  if (state.preference === 'local' || state.support.ok) return { why: 'forced-local-missing' };
  return { why: 'webcontainer', problem: state.support.problem, unforceHint: forcedWithLocal };
}

/** The runtime Run uses now. */
export function runnable(state: ChooserState): RuntimeName | null {
  return blocked(state) ? null : state.active;
}

export function statusOf(state: ChooserState): Status {
  const stop = blocked(state);
  if (stop) return { kind: 'cannot-run', blocked: stop };
  const wc = host(state);
  if (state.active === 'local') {
    const version = state.localVersion;
    if (state.localNoAnswer !== null) return { kind: 'local-no-answer', version, detail: state.localNoAnswer };
    if (!wc) {
      const unsupported = state.preference === 'auto' && !state.support.ok ? state.support.problem : null;
      return unsupported ? { kind: 'local-webcontainer-off', version, problem: unsupported } : { kind: 'local', version };
    }
    switch (wc.phase) {
      case 'ready':
        return { kind: 'local-webcontainer-ready', version, webcontainerVersion: wc.nodeVersion };
      case 'failed':
        // Secondary news, not an error: the code runs here all the same.
        return { kind: 'local-webcontainer-off', version, problem: wc.problem };
      case 'starting':
      case 'restarting':
        return { kind: 'local-webcontainer-starting', version };
      default:
        return { kind: 'local', version };
    }
  }
  const canGoBack = state.hasLocal;
  switch (wc?.phase) {
    case 'ready':
      return { kind: 'webcontainer-ready', version: wc.nodeVersion, canGoBack };
    case 'needs-consent':
      return { kind: 'webcontainer-needs-consent' };
    case 'restarting':
      return { kind: 'webcontainer-restarting', canGoBack };
    default:
      return { kind: 'webcontainer-starting', canGoBack };
  }
}

/** The status line's button for a status, if any. */
export function actionOf(status: Status): StatusAction | null {
  switch (status.kind) {
    case 'local-webcontainer-ready':
      return 'use-webcontainer';
    case 'webcontainer-needs-consent':
      return 'allow-webcontainer';
    case 'webcontainer-starting':
    case 'webcontainer-restarting':
    case 'webcontainer-ready':
      return status.canGoBack ? 'use-local' : null;
    default:
      return null;
  }
}
