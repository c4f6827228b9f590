/**
 * The observation channel's vocabulary: what the runtime saw the program do, from inside every
 * process and worker it started (see src/preload/observer-preload.ts), as opposed to what it printed.
 *
 * Wire format: one record per line in a file of the run folder, `<mac> <json>`, where `<mac>` is an
 * HMAC-SHA256 (first 32 hex digits) of `<json>` keyed by the run's secret. The secret reaches the
 * preload through an environment variable the preload deletes before the learner's code runs, and
 * is never written anywhere the program can read back; so printing text, or appending lines to the
 * file, can never produce a record the runtime accepts. Times are ms on the run's clock: since the
 * runtime started the program (locally the runner passes its start as the epoch of a monotonic clock
 * shared by every process), the same clock as `LineEvent.t`.
 */

/** The environment variable that carries the run's observation settings into the preload. */
export const OBSERVE_ENV = 'COURSE_OBSERVE';

/** What the preload needs, JSON in OBSERVE_ENV. */
export interface ObserveConfig {
  /** The run's secret (hex): the HMAC key. */
  s: string;
  /** Absolute path of the record file. */
  f: string;
  /** Epoch of the run's clock, `process.hrtime.bigint()` as a decimal string; absent: the first process's own start. */
  e?: string;
}

/** Raw records, as the preload writes them. `pid`/`thread` say who wrote it; `t` when. */
export type RawRecord = { pid: number; thread: number; t: number } & (
  | { k: 'start'; ppid: number; main: boolean }
  | { k: 'w'; fd: 1 | 2; x: string; n?: number }
  | { k: 'child'; child: number; how: string; file: string }
  | { k: 'child-exit'; child: number; code: number | null; signal: string | null }
  | { k: 'worker'; child: number }
  | { k: 'worker-exit'; child: number; code: number }
  | { k: 'post' }
  | { k: 'timer'; id: number; ms: number }
  | { k: 'fire'; id: number }
  | { k: 'main-done' }
  | { k: 'exit'; code: number; cpu: { user: number; system: number }; tcpu?: { user: number; system: number } }
  | { k: 'end'; tcpu?: { user: number; system: number } }
  | { k: 'cap' }
);

/** A process of the run (Node processes report themselves; other programs only their start and exit). */
export interface ObservedProcess {
  pid: number;
  /** Parent pid; null when only the start of a non-Node program was seen from its parent. */
  ppid: number | null;
  /** How it was started: "main" (by the runtime), "fork", "spawn", "exec", "execFile", or "unknown" (e.g. by a shell, or a synchronous call). */
  how: string;
  /** Whether the course's preload ran in it (a Node process). */
  node: boolean;
  startedAt: number;
  /** When its top-level module finished (after any top-level await); absent if it never did. */
  mainDoneAt?: number;
  exitedAt?: number;
  code?: number | null;
  signal?: string | null;
  /** CPU time of the whole process (all its threads), ms, user + system; known when it exited normally. */
  cpuMs?: number;
  /** CPU time of its main thread alone, ms. */
  mainThreadCpuMs?: number;
  /** Its last `process.send()` (a forked child's message to its parent). */
  lastPostAt?: number;
}

export interface ObservedWorker {
  pid: number;
  threadId: number;
  /** The thread that created it (0: the main thread). */
  parentThread: number;
  startedAt: number;
  exitedAt?: number;
  code?: number;
  /** CPU time of the worker's thread, ms; known when it ended by itself. */
  cpuMs?: number;
  /** Its last `parentPort.postMessage()`. */
  lastPostAt?: number;
}

export interface ObservedWrite {
  pid: number;
  /** 0 for a process's main thread, else the worker's threadId. */
  thread: number;
  stream: 'stdout' | 'stderr';
  /** When the write call was made, on the run's clock. */
  t: number;
  text: string;
}

/** A timer of 20 ms or more: `setTimeout` or `timers/promises`' `setTimeout`. */
export interface ObservedTimer {
  pid: number;
  thread: number;
  ms: number;
  setAt: number;
  firedAt?: number;
}

/** Everything observed in one run: the `observed` part of a CapturedRun. JSON-safe. */
export interface ObservedRun {
  processes: ObservedProcess[];
  workers: ObservedWorker[];
  writes: ObservedWrite[];
  timers: ObservedTimer[];
  /** True when a process hit the record cap, so later writes and timers are missing. */
  truncated: boolean;
  /** Lines of the record file that did not carry a valid MAC: attempts to fake a record. */
  rejected: number;
}
