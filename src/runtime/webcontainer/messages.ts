/**
 * Why WebContainer cannot run code here, for the learner: a short phrase for the status line and a
 * full sentence that says what to do. Pure.
 */
import { DEFAULT_BOOT_TIMEOUT_MS } from './config.ts';
import { inPageLanguage } from '../../i18n/page-language.ts';
import { formatSeconds } from '../../run-contract/format.ts';
import { problemsZh } from '../../i18n/runtime-zh.ts';

type ProblemCode =
  | 'not-isolated'
  | 'no-shared-array-buffer'
  | 'unsupported-browser'
  | 'needs-consent'
  | 'no-network'
  | 'load-failed'
  | 'boot-timeout'
  | 'boot-failed'
  | 'node-cannot-run-ts'
  | 'node-cannot-import'
  | 'setup-failed'
  | 'torn-down';

export interface Problem {
  code: ProblemCode;
  /** A few words for the status line, e.g. "no network". */
  short: string;
  /** What happened and what to do, in full. */
  message: string;
}

const LOCAL_HINT = 'or run the course on your computer with `npm start` (see README).';

const seconds = (ms: number) => `${formatSeconds(ms)} s`;

const problemsEn = {
  notIsolated: (): Problem => ({
    code: 'not-isolated',
    short: 'the page is not cross-origin isolated',
    message:
      'Node cannot run in your browser here: this page is not cross-origin isolated (its server did not send ' +
      '`Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`). ' +
      `Whoever hosts the site can add those headers (README, "Deploying the static site"); ${LOCAL_HINT}`,
  }),
  noSharedArrayBuffer: (): Problem => ({
    code: 'no-shared-array-buffer',
    short: 'this browser has no SharedArrayBuffer',
    message: `Node cannot run in your browser here: this browser does not offer SharedArrayBuffer, which WebContainer needs. Try a recent Chrome, Edge or Firefox, ${LOCAL_HINT}`,
  }),
  unsupportedBrowser: (what: string): Problem => ({
    code: 'unsupported-browser',
    short: `${what} is not supported`,
    message: `Node cannot run in this browser (${what}): WebContainer supports recent Chrome, Edge and Firefox, and Safari 16.4 or later. Try one of those, ${LOCAL_HINT}`,
  }),
  needsConsent: (): Problem => ({
    code: 'needs-consent',
    short: 'waiting for you to start it',
    message:
      'On iPhone and iPad, starting Node in the browser can use so much memory that the tab crashes. ' +
      'Press “Start Node in your browser” next to Run to try anyway, or use a desktop browser.',
  }),
  noNetwork: (origin: string): Problem => ({
    code: 'no-network',
    short: 'no network',
    message: `Node in your browser could not start: ${new URL(origin).host} could not be reached, and WebContainer loads from there. Are you offline? Connect and reload the page, ${LOCAL_HINT}`,
  }),
  loadFailed: (detail: string): Problem => ({
    code: 'load-failed',
    short: 'its code did not load',
    message: `Node in your browser could not start: the WebContainer code did not load (${detail}). Reload the page, ${LOCAL_HINT}`,
  }),
  bootTimeout: (ms: number = DEFAULT_BOOT_TIMEOUT_MS): Problem => ({
    code: 'boot-timeout',
    short: `it did not start within ${seconds(ms)}`,
    message:
      `Node in your browser did not start within ${seconds(ms)}: StackBlitz may be slow or blocked (a firewall, ` +
      `an extension, strict privacy settings). Reload the page to try again, ${LOCAL_HINT}`,
  }),
  bootFailed: (detail: string): Problem => ({
    code: 'boot-failed',
    short: 'it failed to start',
    message: `Node in your browser could not start (${detail}). Reload the page to try again, ${LOCAL_HINT}`,
  }),
  nodeCannotRunTypeScript: (version: string): Problem => ({
    code: 'node-cannot-run-ts',
    short: `Node ${version} there cannot run TypeScript`,
    message:
      `Node in your browser is ${version}, which cannot run this course's TypeScript files unchanged ` +
      `(that needs Node 22.6 or later). Run the course on your computer with \`npm start\` (see README).`,
  }),
  nodeCannotImport: (version: string): Problem => ({
    code: 'node-cannot-import',
    short: `Node ${version} there cannot preload our checks`,
    message:
      `Node in your browser is ${version}, which cannot load the course's preload file with \`--import\`, ` +
      `so runs there would not be graded like on your computer. Run the course with \`npm start\` (see README).`,
  }),
  setupFailed: (detail: string): Problem => ({
    code: 'setup-failed',
    short: 'it could not be set up',
    message: `Node started in your browser but could not be set up (${detail}). Reload the page to try again, ${LOCAL_HINT}`,
  }),
  tornDown: (): Problem => ({
    code: 'torn-down',
    short: 'it was shut down',
    message: 'Node in your browser was shut down as the page was left. Reload the page to start it again.',
  }),
} as const;

/** In a page whose `<html lang>` is Chinese the problems are said in Chinese (src/i18n/runtime-zh.ts). */
export const problems: typeof problemsEn = inPageLanguage(problemsEn, problemsZh);

/** Added to a stop message when the process ignored `kill()` and the whole container was restarted. */
export const RESTARTED_NOTE =
  'Your program did not stop when asked (a busy loop in a worker can do that in the browser), so Node in your browser was restarted; the next run waits a few seconds for it.';

/** The error a runtime call throws when WebContainer cannot be used; carries the problem for the learner. */
export class WebContainerProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.message);
    this.name = 'WebContainerProblem';
    this.problem = problem;
  }
}
