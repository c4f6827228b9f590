/**
 * Runs one learner program for real with the Node that runs this server, and reports what happens
 * as RunEvents: one `start`, `line`s as they arrive, then exactly one `exit`.
 *
 * The program leads its own process group, so the time, output and process limits, Stop, and the
 * clean-up of children left behind can all kill the whole tree with one signal.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { EndReason, ExitEvent, RunEvent, RunRequest } from '../runtime/events.ts';
import type { RunHandle } from '../runtime/runtime.ts';
import { LineSplitter } from '../runtime/line-splitter.ts';
import { createEventQueue } from './event-queue.ts';
import {
  isGroupAlive,
  killGroup,
  killGroupAndWait,
  listGroupMembers,
  registerLiveGroup,
  sleep,
  watchGroup,
} from './process-group.ts';
import { checkFiles, removeRunFolder, writeRunFolder } from './temp-files.ts';
import { LEARNER_PRELOAD } from '../runtime/learner-preload.ts';
import {
  clampTimeLimit,
  DEFAULT_OUTPUT_CAP_BYTES,
  DEFAULT_OUTPUT_CAP_LINES,
  DEFAULT_TIME_LIMIT_MS,
  MAX_TIME_LIMIT_MS,
} from '../runtime/run-limits.ts';
import { formatBytes, messages } from '../runtime/run-messages.ts';
import { openChannel } from '../runtime/observation/local-channel.ts';

export interface RunLimits {
  /** Wall-clock limit; used when the request gives none, and clamped to MAX_TIME_LIMIT_MS. */
  timeLimitMs: number;
  /** Bytes of stdout + stderr together; beyond it the program is stopped. */
  outputCapBytes: number;
  /** Lines of stdout + stderr together: a flood of empty lines is small in bytes but not for the page. */
  outputCapLines: number;
  /** Live processes in the program's process group (Linux only, sampled every ~100 ms). */
  maxProcesses: number;
  /** V8 heap limit of the main process; `fork()`ed children inherit it through execArgv. */
  maxOldSpaceMb: number;
}

export { clampTimeLimit, MAX_TIME_LIMIT_MS };

export const DEFAULT_RUN_LIMITS: Readonly<RunLimits> = {
  timeLimitMs: DEFAULT_TIME_LIMIT_MS,
  outputCapBytes: DEFAULT_OUTPUT_CAP_BYTES,
  outputCapLines: DEFAULT_OUTPUT_CAP_LINES,
  maxProcesses: 16,
  maxOldSpaceMb: 512,
};

/** How long children may take to finish on their own after the main process exits (e.g. after `disconnect()`). */
const ORPHAN_GRACE_MS = 250;
/** After the group is dead, how long to wait for the pipes to report their end. */
const DRAIN_TIMEOUT_MS = 1000;
/** If the main process does not report its exit this long after SIGKILL, give up waiting for it. */
const EXIT_FALLBACK_MS = 10_000;

/** The limits to use: defaults, overridden by the defined fields of `limits`. */
export function resolveLimits(limits: Partial<RunLimits> = {}): RunLimits {
  const out: RunLimits = { ...DEFAULT_RUN_LIMITS };
  for (const key of Object.keys(out) as (keyof RunLimits)[]) {
    const value = limits[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value;
  }
  out.timeLimitMs = clampTimeLimit(out.timeLimitMs, DEFAULT_RUN_LIMITS.timeLimitMs);
  return out;
}

/** Environment of the learner's program: no colours (they would end up in graded output), no inherited NODE_OPTIONS. */
export function childEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  delete env.FORCE_COLOR;
  delete env.NODE_OPTIONS;
  delete env.NODE_UNIQUE_ID; // set when this server runs under `cluster`
  env.NO_COLOR = '1';
  return env;
}

// The learner-facing messages live in a browser-safe module, shared with the WebContainer adapter.
export { formatBytes, messages };

/**
 * Preloaded into every Node process of the run (fork() passes execArgv on); see learner-preload.ts.
 * Node writes to a pipe asynchronously, so a `while (true) console.log(...)` that never yields would
 * pile its output up in memory until the heap limit aborts it, and the output cap would never see
 * it. Blocking writes give backpressure: the flood reaches us and the cap stops it.
 */
export const LEARNER_PRELOAD_URL = `data:text/javascript,${encodeURIComponent(LEARNER_PRELOAD)}`;

/** Milliseconds rounded to microseconds: precise enough, and short in JSON. */
function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function startRun(request: RunRequest, limitsIn: Partial<RunLimits> = {}): RunHandle {
  const limits = resolveLimits(limitsIn);
  const timeLimitMs = clampTimeLimit(request.timeLimitMs, limits.timeLimitMs);
  const queue = createEventQueue<RunEvent>({ onAbandon: () => stop() });

  let stopRequested = false;
  /** Set once the child exists: kills it with the given reason (first reason wins). */
  let stopChild: ((reason: EndReason, message: string) => void) | null = null;

  function stop(): void {
    if (stopRequested) return;
    stopRequested = true;
    stopChild?.('stopped', messages.stopped());
  }

  function errorExit(message: string): ExitEvent {
    return { type: 'exit', code: null, signal: null, reason: 'error', durationMs: 0, message };
  }

  async function run(): Promise<void> {
    let exit: ExitEvent | null = null;
    let dir: string | null = null;
    try {
      const problem = checkFiles(request.files, request.entry);
      if (problem) {
        exit = errorExit(messages.cannotRun(problem));
        return;
      }
      try {
        dir = await writeRunFolder(request.files);
      } catch (error) {
        exit = errorExit(messages.cannotRun(`the files could not be written (${(error as Error).message})`));
        return;
      }
      if (stopRequested) {
        exit = { type: 'exit', code: null, signal: null, reason: 'stopped', durationMs: 0, message: messages.stopped() };
        return;
      }
      exit = await runChild(dir);
    } catch (error) {
      exit ??= errorExit(messages.cannotRun(`the runner failed (${(error as Error).message})`));
    } finally {
      // The folder goes before the exit event, so whoever sees `exit` may rely on it being gone.
      if (dir) await removeRunFolder(dir);
      queue.push(exit ?? errorExit(messages.cannotRun('the runner failed')));
      queue.end();
    }
  }

  async function runChild(dir: string): Promise<ExitEvent> {
    // Observation channel (src/runtime/observation/): its clock starts with t0.
    const channel = await openChannel(dir);
    const t0 = performance.now();
    const now = () => ms(performance.now() - t0);
    const args = [`--max-old-space-size=${limits.maxOldSpaceMb}`, `--import=${LEARNER_PRELOAD_URL}`, '--', request.entry];
    const child = spawn(process.execPath, args, {
      cwd: dir,
      detached: true, // own process group: one kill(-pid) reaches every descendant
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...childEnv(), ...channel.env() },
      windowsHide: true,
    });

    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    const pid = child.pid;
    if (pid === undefined) {
      const error = await spawnError;
      return errorExit(messages.cannotRun(`Node could not be started (${error.message})`));
    }
    child.on('error', () => {}); // later errors (a failed kill) must not crash the server

    const unregister = registerLiveGroup(pid);
    queue.push({ type: 'start', runtime: 'local', nodeVersion: process.version, merged: false });

    // Why the runner ended the program; read through endReason() so TypeScript does not narrow it
    // (the kill callbacks below change it behind the control flow's back).
    let reason: EndReason | null = null;
    let message: string | undefined;
    const endReason = (): EndReason | null => reason;
    let groupDead = false; // once true, never signal the pgid again (its number could be reused)
    let finished = false;
    let forceFinish: (() => void) | null = null;
    const forced = new Promise<void>((resolve) => {
      forceFinish = resolve;
    });
    let fallbackTimer: ReturnType<typeof setTimeout> | null = null;

    const kill = (why: EndReason, text: string) => {
      if (finished || groupDead || reason !== null) return;
      reason = why;
      message = text;
      if (!groupDead) killGroup(pid);
      fallbackTimer = setTimeout(() => forceFinish?.(), EXIT_FALLBACK_MS);
      fallbackTimer.unref();
    };
    stopChild = kill;
    if (stopRequested) kill('stopped', messages.stopped());

    // Output: decode per stream (a multi-byte character may straddle chunks), cap the total bytes.
    let outputBytes = 0;
    let outputLines = 0;
    let outputFull = false;
    let outOfMemory = false; // V8's "JavaScript heap out of memory" seen on stderr
    const streams = [
      { pipe: child.stdout, splitter: new LineSplitter('stdout'), decoder: new TextDecoder('utf-8'), ended: false },
      { pipe: child.stderr, splitter: new LineSplitter('stderr'), decoder: new TextDecoder('utf-8'), ended: false },
    ];
    let notifyEnded: (() => void) | null = null;
    for (const s of streams) {
      s.pipe.on('data', (chunk: Buffer) => {
        if (finished || outputFull) return;
        const t = now();
        let bytes = chunk;
        const room = limits.outputCapBytes - outputBytes;
        if (bytes.length > room) {
          bytes = chunk.subarray(0, Math.max(0, room));
          outputFull = true;
        }
        outputBytes += bytes.length;
        for (const line of s.splitter.push(s.decoder.decode(bytes, { stream: true }), t)) {
          if (line.stream === 'stderr' && line.text.includes('heap out of memory')) outOfMemory = true;
          if (++outputLines > limits.outputCapLines) {
            kill('output-limit', messages.lineLimit(limits.outputCapLines));
            outputFull = true;
            return;
          }
          queue.push(line);
        }
        if (outputFull) kill('output-limit', messages.outputLimit(limits.outputCapBytes));
      });
      const onEnd = () => {
        s.ended = true;
        notifyEnded?.();
      };
      s.pipe.once('end', onEnd);
      s.pipe.once('close', onEnd);
      s.pipe.on('error', () => {});
    }

    const timer = setTimeout(() => kill('timeout', messages.timeout(timeLimitMs)), timeLimitMs);
    const unwatch = watchGroup(pid, (count) => {
      if (count > limits.maxProcesses) kill('process-limit', messages.processLimit(limits.maxProcesses));
    });

    const mainExit = await Promise.race([
      new Promise<{ code: number | null; signal: string | null }>((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal })),
      ),
      forced.then(() => ({ code: null, signal: null })),
    ]);
    const durationMs = now();
    clearTimeout(timer);
    unwatch();

    if (endReason() === null) {
      // The main process ended by itself. Anything left in its group was forked and not waited for.
      const deadline = performance.now() + ORPHAN_GRACE_MS;
      while (endReason() === null && isGroupAlive(pid) && performance.now() < deadline) await sleep(25);
      if (endReason() === null && isGroupAlive(pid)) {
        const left = listGroupMembers(pid)?.length ?? 1;
        kill('orphans', messages.orphans(left));
      }
    }
    if (endReason() !== null) await killGroupAndWait(pid);
    groupDead = true;
    unregister();

    // Every writer of the pipes is dead now, so their ends arrive at once; a process that escaped the
    // group (setsid) could hold them open forever, so do not wait long.
    if (!streams.every((s) => s.ended)) {
      await Promise.race([
        new Promise<void>((resolve) => {
          notifyEnded = () => {
            if (streams.every((s) => s.ended)) resolve();
          };
        }),
        // After the wait, let one poll phase run before giving up: when this process was busy for
        // longer than the wait (many runs at once), the timer fires in the same loop turn as the
        // pipes' last bytes, before they are read, and the program's last lines were lost
        // (seen: 2 of 100 right answers at 24 at once, "task B never printed its end line").
        sleep(DRAIN_TIMEOUT_MS).then(() => new Promise<void>((resolve) => setImmediate(resolve))),
      ]);
    }
    finished = true;
    if (fallbackTimer) clearTimeout(fallbackTimer);
    const tEnd = now();
    for (const s of streams) {
      if (!outputFull) for (const line of s.splitter.push(s.decoder.decode(), tEnd)) queue.push(line);
      for (const line of s.splitter.flush(tEnd)) queue.push(line);
      s.pipe.destroy();
    }

    queue.push({ type: 'observed', observed: await channel.read() });

    const exit: ExitEvent = {
      type: 'exit',
      code: mainExit.code,
      signal: mainExit.signal,
      reason: endReason() ?? 'exited',
      durationMs,
    };
    if (message !== undefined) exit.message = message;
    else if (outOfMemory) exit.message = messages.outOfMemory(limits.maxOldSpaceMb);
    return exit;
  }

  void run();
  return { events: queue.iterable, stop };
}
