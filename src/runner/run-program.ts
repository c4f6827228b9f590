/**
 * Runs one learner program for real with the Node that runs this server, and reports what happens
 * as RunEvents: one `start`, `line`s as they arrive, then exactly one `exit`.
 *
 * The program leads its own process group, so the time, output and process limits, Stop, and the
 * clean-up of children left behind can all kill the whole tree with one signal.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { EndReason, ExitEvent, RunEvent, RunHandle, RunRequest } from '../run-contract/events.ts';
import { exitEvent } from '../run-contract/exit.ts';
import { NO_COLOR_ENV } from '../run-contract/learner-env.ts';
import { checkRunFiles } from '../run-contract/run-files.ts';
import { sleep } from '../run-contract/sleep.ts';
import { LineSplitter } from '../run-contract/line-splitter.ts';
import { createEventQueue } from '../run-contract/event-queue.ts';
import {
  killGroup,
  killGroupAndWait,
  listGroupStats,
  registerLiveGroup,
  watchGroup,
} from './process-group.ts';
import { createRunCgroup, type RunCgroup } from './cgroup.ts';
import { SANDBOX_OBSERVE_DIR, SANDBOX_RUN_DIR, sandboxCommand, sandboxSupport } from './sandbox.ts';
import { removeRunFolder, writeRunFolder } from './temp-files.ts';
import { LEARNER_PRELOAD } from '../preload/learner-preload.ts';
import {
  clampTimeLimit,
  DEFAULT_OUTPUT_CAP_BYTES,
  DEFAULT_FILE_SIZE_LIMIT_MB,
  DEFAULT_MEMORY_LIMIT_MB,
  DEFAULT_OUTPUT_CAP_LINES,
  DEFAULT_TIME_LIMIT_MS,
} from '../run-contract/limits.ts';
import { runMessages } from '../run-contract/messages.ts';
import { openChannel, type ObservationChannel } from './observation-channel.ts';

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
  /** Memory of the whole sandboxed tree, tmpfs files included (needs a cgroup). */
  memoryMb: number;
  /** Largest file the sandboxed program may write (prlimit's RLIMIT_FSIZE). */
  fileSizeMb: number;
}

export interface RunOptions {
  /** false: run without the OS sandbox even where there is one (the runner's own tests of the fallback). */
  sandbox?: boolean;
  /** Let the program use the network (a lesson that declares it). Default: no network. */
  network?: boolean;
}

export const DEFAULT_RUN_LIMITS: Readonly<RunLimits> = {
  timeLimitMs: DEFAULT_TIME_LIMIT_MS,
  outputCapBytes: DEFAULT_OUTPUT_CAP_BYTES,
  outputCapLines: DEFAULT_OUTPUT_CAP_LINES,
  maxProcesses: 16,
  maxOldSpaceMb: 512,
  memoryMb: DEFAULT_MEMORY_LIMIT_MB,
  fileSizeMb: DEFAULT_FILE_SIZE_LIMIT_MB,
};

/**
 * Tasks (processes and their threads) the sandbox's cgroup allows: a hard stop for fork storms
 * faster than the 100 ms process count. A Node process has about ten threads; workers add more.
 */
const MAX_TASKS = 1024;
/** The sandbox's launcher and its PID 1 are in the process group too; they are not the learner's. */
const SANDBOX_OWN_PROCESSES = 2;

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

/** Variables a program may see from the server's environment; nothing else (tokens, npm config, paths). */
const ENV_ALLOW_LIST = ['LANG', 'LC_ALL', 'LC_CTYPE', 'TZ'];

/**
 * Environment of the learner's program: an allow-list, never the server's own (it may hold tokens
 * and npm credentials); no colours (they would end up in graded output), no NODE_OPTIONS.
 */
export function childEnv(base: NodeJS.ProcessEnv = process.env, home: string = SANDBOX_RUN_DIR): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ENV_ALLOW_LIST) if (base[name] !== undefined) env[name] = base[name];
  env.PATH = '/usr/local/bin:/usr/bin:/bin';
  env.HOME = home;
  env.TMPDIR = process.platform === 'win32' ? (base.TEMP ?? base.TMP) : '/tmp';
  if (process.platform === 'win32') for (const name of ['SystemRoot', 'TEMP', 'TMP', 'PATHEXT', 'ComSpec']) if (base[name] !== undefined) env[name] = base[name];
  return Object.assign(env, NO_COLOR_ENV);
}

/** The exit the sandbox's PID 1 reported for the program: a shell status (128 + n: killed by signal n). */
function decodeStatus(text: string): { code: number | null; signal: string | null } {
  const status = Number.parseInt(text, 10);
  if (!Number.isInteger(status)) return { code: null, signal: null };
  if (status > 128) {
    const name = Object.entries(osConstants.signals).find(([, n]) => n === status - 128)?.[0];
    if (name) return { code: null, signal: name };
  }
  return { code: status, signal: null };
}

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

export function startRun(request: RunRequest, limitsIn: Partial<RunLimits> = {}, options: RunOptions = {}): RunHandle {
  const limits = resolveLimits(limitsIn);
  const timeLimitMs = clampTimeLimit(request.timeLimitMs, limits.timeLimitMs);
  const queue = createEventQueue<RunEvent>({ onAbandon: () => stop() });
  const messages = runMessages(request.locale);

  let stopRequested = false;
  /** Set once the child exists: kills it with the given reason (first reason wins). */
  let stopChild: ((reason: EndReason, message: string) => void) | null = null;

  function stop(): void {
    if (stopRequested) return;
    stopRequested = true;
    stopChild?.('stopped', messages.stopped());
  }

  const errorExit = (message: string): ExitEvent => exitEvent('error', { message });

  async function run(): Promise<void> {
    let exit: ExitEvent | null = null;
    let dir: string | null = null;
    try {
      const problem = checkRunFiles(request.files, request.entry);
      if (problem) {
        exit = errorExit(messages.cannotRun(messages.fileProblem(problem)));
        return;
      }
      try {
        dir = await writeRunFolder(request.files);
      } catch (error) {
        exit = errorExit(messages.cannotRun(`the files could not be written (${(error as Error).message})`));
        return;
      }
      if (stopRequested) {
        exit = exitEvent('stopped', { message: messages.stopped() });
        return;
      }
      exit = await runChild(dir, Object.keys(request.files).concat(Object.hasOwn(request.files, 'package.json') ? [] : ['package.json']));
    } catch (error) {
      exit ??= errorExit(messages.cannotRun(`the runner failed (${(error as Error).message})`));
    } finally {
      // The folder goes before the exit event, so whoever sees `exit` may rely on it being gone.
      if (dir) await removeRunFolder(dir);
      queue.push(exit ?? errorExit(messages.cannotRun('the runner failed')));
      queue.end();
    }
  }

  async function runChild(dir: string, fileNames: string[]): Promise<ExitEvent> {
    const nodeArgs = [`--max-old-space-size=${limits.maxOldSpaceMb}`, `--import=${LEARNER_PRELOAD_URL}`, '--', request.entry];
    const support = options.sandbox === false ? null : sandboxSupport();
    const sandboxed = support?.kind === 'bwrap' ? support : null;
    // Observation channel (src/runtime/observation/): a record folder, bound into the sandbox.
    const channel = await openChannel(dir, sandboxed ? SANDBOX_OBSERVE_DIR : undefined);
    let cgroup: RunCgroup | null = null;
    const fds: number[] = [];
    let command = process.execPath;
    let args = nodeArgs;
    let stdio: StdioOptions = ['ignore', 'pipe', 'pipe'];
    let env = childEnv(process.env, dir);
    if (sandboxed) {
      // The sandbox gets a copy of each file (bwrap --file), read from these fds: the host folder
      // itself is never visible inside.
      for (const name of fileNames) fds.push(openSync(path.join(dir, ...name.split('/')), 'r'));
      if (sandboxed.cgroups) cgroup = createRunCgroup({ memoryBytes: limits.memoryMb * 1024 * 1024, maxTasks: MAX_TASKS });
      ({ command, args } = sandboxCommand(sandboxed, {
        files: fileNames,
        node: process.execPath,
        nodeArgs,
        network: options.network === true,
        fileSizeBytes: limits.fileSizeMb * 1024 * 1024,
        joinFiles: cgroup?.joinFiles ?? [],
        observeDir: { host: channel.hostDir, inside: SANDBOX_OBSERVE_DIR },
      }));
      stdio = ['ignore', 'pipe', 'pipe', 'pipe', ...fds];
      env = childEnv();
    }
    try {
      return await runSpawned(command, args, stdio, env, dir, sandboxed !== null, cgroup, channel);
    } finally {
      for (const fd of fds) closeSync(fd);
      await cgroup?.destroy();
    }
  }

  async function runSpawned(
    command: string,
    args: string[],
    stdio: StdioOptions,
    env: NodeJS.ProcessEnv,
    dir: string,
    sandboxed: boolean,
    cgroup: RunCgroup | null,
    channel: ObservationChannel,
  ): Promise<ExitEvent> {
    const t0 = performance.now();
    const now = () => ms(performance.now() - t0);
    const child = spawn(command, args, {
      cwd: dir,
      detached: true, // own process group (and session: no terminal): one kill(-pid) reaches every descendant
      stdio,
      env: { ...env, ...channel.env() }, // the channel's clock starts with t0
      windowsHide: true,
    });

    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    const pid = child.pid;
    if (pid === undefined) {
      const error = await spawnError;
      return errorExit(messages.cannotRun(`Node could not be started (${error.message})`));
    }
    child.on('error', () => {}); // later errors (a failed kill) must not crash the server
    // Open fds went to the child at spawn; its copies of the files are made by bwrap right away.

    /**
     * The learner's live processes: in the sandbox, everything in its cgroup (or process group) but
     * the launcher and PID 1; outside it, the process group.
     */
    const learnerProcesses = (): number => {
      const stats = listGroupStats(pid) ?? [];
      if (!sandboxed) return stats.length;
      const own = new Set([pid, ...stats.filter((s) => s.ppid === pid).map((s) => s.pid)]);
      const members = cgroup ? cgroup.pids() : stats.map((s) => s.pid);
      return members.filter((p) => !own.has(p)).length;
    };

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
    let fileTooLarge = false; // EFBIG seen on stderr: a write passed the sandbox's file size limit
    const streams = [
      { pipe: child.stdout as Readable, splitter: new LineSplitter('stdout'), decoder: new TextDecoder('utf-8'), ended: false },
      { pipe: child.stderr as Readable, splitter: new LineSplitter('stderr'), decoder: new TextDecoder('utf-8'), ended: false },
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
          if (line.stream === 'stderr' && line.text.includes('EFBIG')) fileTooLarge = true;
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
      const own = sandboxed ? SANDBOX_OWN_PROCESSES : 0;
      if (count > limits.maxProcesses + own) kill('process-limit', messages.processLimit(limits.maxProcesses));
    });

    // In the sandbox the spawned process lives until the runner ends it; the program's own exit
    // comes through the status pipe (fd 3) from PID 1.
    const statusPipe = sandboxed ? child.stdio[3] : null;
    const reported = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
      if (!statusPipe) return;
      let text = '';
      statusPipe.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (text.includes('\n')) resolve(decodeStatus(text));
      });
      statusPipe.on('error', () => {});
    });
    const mainExit = await Promise.race([
      reported,
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
      while (endReason() === null && learnerProcesses() > 0 && performance.now() < deadline) await sleep(25);
      const left = endReason() === null ? learnerProcesses() : 0;
      if (left > 0) kill('orphans', messages.orphans(left));
    }
    // The sandbox's PID 1 waits to be ended; its death takes every process of the sandbox along.
    if (endReason() !== null || sandboxed) await killGroupAndWait(pid);
    statusPipe?.destroy();
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

    let ending: EndReason = endReason() ?? 'exited';
    if (cgroup?.oomKilled() && (ending === 'exited' || ending === 'orphans')) {
      ending = 'memory-limit';
      message = messages.memoryLimit(limits.memoryMb);
    } else if (sandboxed && (mainExit.signal === 'SIGXFSZ' || (fileTooLarge && mainExit.code !== 0)) && ending === 'exited') {
      ending = 'disk-limit';
      message = messages.diskLimit(limits.fileSizeMb);
    }
    if (message === undefined && outOfMemory) message = messages.outOfMemory(limits.maxOldSpaceMb);
    return exitEvent(ending, { code: mainExit.code, signal: mainExit.signal, durationMs, message });
  }

  void run();
  return { events: queue.iterable, stop };
}
