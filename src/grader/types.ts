import type { CapturedRun, OutputStream } from '../run-contract/events.ts';
import type { ObservedRun } from '../run-contract/observation/records.ts';
import type { CheckContext } from './check-texts.ts';
import type { CheckMessages, Noun } from './messages/index.ts';

/**
 * `undecided` is for a check this run cannot settle: a runtime that merges stderr into stdout,
 * or a timing the machine was too busy to measure fairly. It is shown, never counted as a failure.
 */
export type CheckStatus = 'pass' | 'fail' | 'undecided';

export interface Verdict {
  status: CheckStatus;
  /** Plain words for the learner: what was observed and, on failure, what to change. */
  message: string;
}

/** One output line as the grader sees it: ANSI codes stripped, times relative to the first line. */
export interface GradedLine {
  index: number;
  /** The line's place in the order the runtime received it, which is the order Output shows. */
  arrival: number;
  stream: OutputStream;
  text: string;
  /**
   * ms since the process started: when the program wrote the line, if the run was observed and the
   * line matched an observed write; else when the runtime received it.
   */
  t: number;
  /**
   * ms since the program's first output line. Timing checks use this, never process start:
   * starting Node takes 0.1–1.4 s on a busy machine, which would swamp the program's own timing.
   */
  at: number;
  /** The process and thread (0 = main thread) that wrote the line, when observed. */
  writer?: { pid: number; thread: number };
}

/** A captured run, parsed once and shared by every check. */
export interface RunView {
  run: CapturedRun;
  lines: readonly GradedLine[];
  /** Lines the program wrote to stdout (all lines when the runtime merges streams). */
  stdout: readonly GradedLine[];
  /** Lines on stderr; empty when merged (see `merged`). */
  stderr: readonly GradedLine[];
  merged: boolean;
  /**
   * What the runtime observed the program do (processes, workers, CPU time, timers); absent for
   * runtimes that do not observe and for older recordings. Read it through `observed.ts`'s helpers.
   */
  observed?: ObservedRun;
}

export interface Check {
  /** Stable id, e.g. "tasks-overlap": used by the CLI reports and by tests. */
  id: string;
  /** What the check expects, in plain words, e.g. "Both tasks run at the same time" (English). */
  title: string;
  /** The built-in title in another language; set by the check API when the lesson gave no title. */
  defaultTitle?(t: CheckMessages, noun: (english: string) => Noun): string;
  /** The lesson's hint (English), added to the failure messages it is about: translations must give one too. */
  hint?: string;
  /** printsValue's description of the expected value (English): translations must give one too. */
  describe?: string;
  /**
   * A custom check's own messages (English), by key, with `{name}` placeholders: its evaluate says
   * them with `context.say(key, params)`, so a translation can give each one in another language.
   */
  messages?: Readonly<Record<string, string>>;
  /** `context` speaks the report's language: built-in messages (`context.t`), hints, nouns, own messages. */
  evaluate(view: RunView, context: CheckContext): Verdict;
}

export interface CheckResult extends Verdict {
  id: string;
  title: string;
}

export interface GradeReport {
  results: CheckResult[];
  /** True when every check passed. An undecided check keeps this false, with its own message. */
  passed: boolean;
  counts: Record<CheckStatus, number>;
}
