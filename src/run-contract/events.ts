/**
 * The run event model shared by every runtime (local Node, WebContainer), the CLI and the grader.
 *
 * Times are milliseconds since the runtime started the learner's process, measured by the runtime
 * when it received the bytes (not by the page), so network latency never skews the grader.
 */

import type { RunLocale } from './messages.ts';
import type { ObservedRun } from './observation/records.ts';

/**
 * Where a line came from. `merged` is honest about runtimes that cannot tell stdout from stderr
 * (WebContainer's `spawn` gives one stream): checks that need stderr apart must say they cannot
 * decide on a merged run rather than guess.
 */
export type OutputStream = 'stdout' | 'stderr' | 'merged';

export type RuntimeKind = 'local' | 'webcontainer';

/** Why a run ended. Everything except `exited` means the runtime stopped the program. */
export type EndReason =
  | 'exited' // the program ended by itself (any exit code)
  | 'timeout' // it ran past the lesson's time limit
  | 'output-limit' // it printed more than the output cap
  | 'process-limit' // it started too many processes (fork storm)
  | 'memory-limit' // its processes together used more memory than the sandbox allows
  | 'disk-limit' // it wrote a file larger than the sandbox allows
  | 'orphans' // it ended but left child processes behind, which were killed
  | 'stopped' // the learner pressed Stop or started a new run
  | 'error'; // the runtime could not run it (bad request, spawn failure)

export interface StartEvent {
  type: 'start';
  runtime: RuntimeKind;
  /** `process.version` of the Node that runs the code, e.g. "v24.11.0". */
  nodeVersion: string;
  /** Whether stdout and stderr are merged into one stream by this runtime. */
  merged: boolean;
}

export interface LineEvent {
  type: 'line';
  stream: OutputStream;
  /** One line without its trailing newline. May contain ANSI escape codes (strip before matching). */
  text: string;
  /** ms since the process started, when the line's last byte arrived. */
  t: number;
  /** True when the line was cut (a very long line, or a partial line flushed at exit). */
  partial?: boolean;
}

export interface ExitEvent {
  type: 'exit';
  /** Exit code, or null when the process was killed by a signal. */
  code: number | null;
  signal: string | null;
  reason: EndReason;
  /** ms from process start to exit. */
  durationMs: number;
  /** A plain-words explanation for the learner when the runtime stopped the program. */
  message?: string;
}

/**
 * What the runtime observed the program do, from inside its processes and workers (see
 * observation/records.ts): sent once, just before `exit`, by runtimes that observe. Never shown in
 * Output; only the grader reads it.
 */
export interface ObservedEvent {
  type: 'observed';
  observed: ObservedRun;
}

export type RunEvent = StartEvent | LineEvent | ObservedEvent | ExitEvent;

/** Everything the grader needs: a pure record of one finished run. */
export interface CapturedRun {
  runtime: RuntimeKind;
  merged: boolean;
  lines: LineEvent[];
  exit: ExitEvent;
  /** What the runtime observed; absent for runtimes that do not observe and for older recordings. */
  observed?: ObservedRun;
}

/** Files of a run: path relative to the run folder (e.g. "main.ts", "lib/util.ts") to contents. */
export type FileMap = Record<string, string>;

export interface RunRequest {
  files: FileMap;
  /** The file to run with `node`, e.g. "main.ts". Must be a key of `files`. */
  entry: string;
  /** Wall-clock limit in ms; the runtime clamps it to its own maximum. */
  timeLimitMs: number;
  /** The language of the runtime's messages (the page's); English when absent. */
  locale?: RunLocale;
}

/** A running program: its events in order, ending with exactly one `exit` event. */
export interface RunHandle {
  events: AsyncIterable<RunEvent>;
  /** Ends the run (kills the whole process tree). The event stream then ends with reason "stopped". */
  stop(): void;
}
