/**
 * The words of the runtime status line, for each of the chooser's states (machine.ts). The strings
 * themselves live in the i18n catalog (src/i18n/runtime-zh.ts, both languages); this module only
 * says which words each state shows.
 */
import type { Locale } from '../../i18n/index.ts';
import { runtimeWordsEn, runtimeWordsZh, type RuntimeWords } from '../../i18n/runtime-zh.ts';
import { actionOf, type Blocked, type Status, type StatusAction } from './machine.ts';

export interface StatusWords {
  /** The status line: the runtime in use (with its Node version once known), or that nothing can run. */
  text: string;
  /** A second sentence: the full reason, or what the other runtime is doing. */
  note: string | null;
  /** The label of the status line's button, when it has one. */
  action: { label: string; does: StatusAction } | null;
}

export function wordsFor(locale: Locale = 'en'): RuntimeWords {
  return locale === 'zh-CN' ? runtimeWordsZh : runtimeWordsEn;
}

/** Why nothing can run, in full: what to do about it. */
export function reasonText(blocked: Blocked, w: RuntimeWords): string {
  if (blocked.why === 'forced-local-missing') return w.forcedLocalMissing;
  return blocked.unforceHint ? `${blocked.problem.message} ${w.unforceHint}` : blocked.problem.message;
}

export function statusWords(status: Status, w: RuntimeWords): StatusWords {
  const does = actionOf(status);
  const labels: Record<StatusAction, string> = { 'use-local': w.runHere, 'use-webcontainer': w.runInBrowser, 'allow-webcontainer': w.startInBrowser };
  const action = does ? { label: labels[does], does } : null;
  const withVersion = (label: string, version: string | null) => (version ? `${label} · Node ${version}` : label);
  const WC = w.webcontainerLabel;
  switch (status.kind) {
    case 'cannot-run': {
      const short = status.blocked.why === 'webcontainer' ? status.blocked.problem.short : w.noLocalRuntime;
      return { text: w.cannotRun(short), note: reasonText(status.blocked, w), action };
    }
    case 'local':
      return { text: withVersion(w.localLabel, status.version), note: null, action };
    case 'local-no-answer':
      return { text: withVersion(w.localLabel, status.version), note: w.localNoAnswer(status.detail), action };
    case 'local-webcontainer-off':
      // While local Node runs the code, WebContainer's absence is a side note, said calmly and briefly.
      return { text: withVersion(w.localLabel, status.version), note: w.notInUse(status.problem.short), action };
    case 'local-webcontainer-starting':
      return { text: withVersion(w.localLabel, status.version), note: w.startingInBackground(WC), action };
    case 'local-webcontainer-ready':
      return { text: withVersion(w.localLabel, status.version), note: w.readyToo(WC, status.webcontainerVersion), action };
    case 'webcontainer-starting':
      return { text: w.starting(WC), note: w.firstStart, action };
    case 'webcontainer-restarting':
      return { text: w.restarting(WC), note: w.runWaits, action };
    case 'webcontainer-needs-consent':
      return { text: w.waitingForYou(WC), note: w.iosNote, action };
    case 'webcontainer-ready':
      return { text: withVersion(WC, status.version), note: null, action };
  }
}
