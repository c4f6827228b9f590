/**
 * Runs learner code with Node inside a WebContainer, in the page, behind the same Runtime interface
 * as the local runner and with the same limits and messages (src/runner/run-program.ts):
 *
 * - one `start` (merged: true, since WebContainer gives stdout and stderr as ONE stream), `line`s
 *   timed in ms since the spawn, one `observed` (what the preload observed, from a record file in
 *   the container: see observation/container-channel.ts), exactly one `exit`;
 * - the lesson's time limit, the output caps (bytes and lines), Stop, and a new Run all kill the
 *   process; if it does not report its exit within KILL_GRACE_MS (a worker spinning in
 *   `while (true) {}` can survive a kill there: stackblitz/core#3317), the whole container is torn
 *   down and booted again, and the exit message says so;
 * - every wait (boot, file writes, spawn) is bounded, so a run always ends with an exit event.
 *
 * Not enforced here, unlike locally: the process cap and the clean-up of children left running
 * (WebContainer offers no process list). The browser tab is the sandbox, and the time limit holds.
 */
import { createEventQueue, type EventQueue } from '../../run-contract/event-queue.ts';
import type { EndReason, ExitEvent, RunEvent, RunHandle, RunRequest } from '../../run-contract/events.ts';
import { exitEvent } from '../../run-contract/exit.ts';
import { NO_COLOR_ENV } from '../../run-contract/learner-env.ts';
import { clampTimeLimit, DEFAULT_OUTPUT_CAP_BYTES, DEFAULT_OUTPUT_CAP_LINES, DEFAULT_TIME_LIMIT_MS } from '../../run-contract/limits.ts';
import { runMessages, type RunMessages } from '../../run-contract/messages.ts';
import { checkRunFiles } from '../../run-contract/run-files.ts';
import { sleep } from '../../run-contract/sleep.ts';
import { WEBCONTAINER_LABEL } from '../labels.ts';
import { runLocale } from '../run-locale.ts';
import type { Runtime } from '../runtime.ts';
import type { ContainerProcess } from './api.ts';
import { LESSON_DIR, preloadPath } from './base-files.ts';
import type { ContainerHost, Ready } from './boot.ts';
import { DRAIN_MS, KILL_GRACE_MS, SETUP_TIMEOUT_MS } from './config.ts';
import { DeadlineError, errorText, withDeadline } from './deadline.ts';
import { RESTARTED_NOTE, WebContainerProblem } from './messages.ts';
import { OutputMeter, type OutputCaps } from './output-meter.ts';
import { openContainerChannel, type ContainerChannel } from './observation-channel.ts';

export interface WebContainerRuntimeOptions {
  caps?: Partial<OutputCaps>;
  killGraceMs?: number;
  drainMs?: number;
  setupTimeoutMs?: number;
  now?: () => number;
}

/** The arguments of a run: type-stripping flags, the preload, then the learner's entry. */
function nodeArgs(ready: Pick<Ready, 'flags' | 'container'>, entry: string): string[] {
  return [...ready.flags, `--import=${preloadPath(ready.container.workdir)}`, '--', entry];
}

interface ActiveRun {
  stop(): void;
  /** Settles once the run's exit event is out (bounded). */
  done: Promise<void>;
}

const STOPPED = Symbol('stopped');

export class WebContainerRuntime implements Runtime {
  readonly kind = 'webcontainer' as const;
  readonly label = WEBCONTAINER_LABEL;
  readonly host: ContainerHost;
  readonly #caps: OutputCaps;
  readonly #killGraceMs: number;
  readonly #drainMs: number;
  readonly #setupMs: number;
  readonly #now: () => number;
  #active: ActiveRun | null = null;

  constructor(host: ContainerHost, options: WebContainerRuntimeOptions = {}) {
    this.host = host;
    this.#caps = { bytes: options.caps?.bytes ?? DEFAULT_OUTPUT_CAP_BYTES, lines: options.caps?.lines ?? DEFAULT_OUTPUT_CAP_LINES };
    this.#killGraceMs = options.killGraceMs ?? KILL_GRACE_MS;
    this.#drainMs = options.drainMs ?? DRAIN_MS;
    this.#setupMs = options.setupTimeoutMs ?? SETUP_TIMEOUT_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  run(request: RunRequest): RunHandle {
    // One container, one program at a time: a new Run stops the previous one first.
    const previous = this.#active;
    previous?.stop();

    const messages = runMessages(runLocale(request));
    const errorExit = (message: string) => exitEvent('error', { message });
    const stoppedExit = () => exitEvent('stopped', { message: messages.stopped() });
    let stopRequested = false;
    let onStop: () => void = () => {};
    const stopSignal = new Promise<typeof STOPPED>((resolve) => {
      onStop = () => resolve(STOPPED);
    });
    /** Set once the process exists. */
    let killProcess: ((reason: EndReason, message: string) => void) | null = null;
    const stop = () => {
      if (stopRequested) return;
      stopRequested = true;
      onStop();
      killProcess?.('stopped', messages.stopped());
    };
    const queue = createEventQueue<RunEvent>({ onAbandon: stop });

    const execute = async (): Promise<ExitEvent> => {
      if (previous) await previous.done;
      if (stopRequested) return stoppedExit();
      const problem = checkRunFiles(request.files, request.entry);
      if (problem) return errorExit(messages.cannotRun(messages.fileProblem(problem)));
      const timeLimitMs = clampTimeLimit(request.timeLimitMs, DEFAULT_TIME_LIMIT_MS);

      let ready: Ready;
      try {
        const got = await Promise.race([this.host.ready(), stopSignal]);
        if (got === STOPPED) return stoppedExit();
        ready = got;
      } catch (error) {
        return errorExit(error instanceof WebContainerProblem ? error.problem.message : messages.cannotRun(errorText(error)));
      }

      try {
        const synced = await Promise.race([withDeadline(ready.files.apply(ready.container, request.files), this.#setupMs, 'writing the files'), stopSignal]);
        if (synced === STOPPED) return stoppedExit();
      } catch (error) {
        return errorExit(messages.cannotRun(`the files could not be written (${errorText(error)})`));
      }
      if (stopRequested) return stoppedExit();

      const channel = openContainerChannel(ready.container);
      const t0 = this.#now();
      let child: ContainerProcess;
      try {
        child = await withDeadline(
          ready.container.spawn('node', nodeArgs(ready, request.entry), { cwd: LESSON_DIR, env: { ...NO_COLOR_ENV, ...channel.env } }),
          this.#setupMs,
          'starting node',
        );
      } catch (error) {
        // A spawn that hangs means a wedged container: of no use to the next run either.
        if (error instanceof DeadlineError) this.host.restart();
        return errorExit(messages.cannotRun(`Node could not be started (${errorText(error)})`));
      }
      return this.#supervise(child, ready, channel, t0, timeLimitMs, queue, messages, (kill) => {
        killProcess = kill;
        if (stopRequested) kill('stopped', messages.stopped());
      });
    };

    const done = execute()
      .catch((error: unknown) => errorExit(messages.cannotRun(`the runtime failed (${errorText(error)})`)))
      .then((exit) => {
        queue.push(exit);
        queue.end();
      });
    const active: ActiveRun = { stop, done };
    this.#active = active;
    void done.then(() => {
      if (this.#active === active) this.#active = null;
    });
    return { events: queue.iterable, stop };
  }

  /** From spawn to exit: output, limits, kill, and the restart fallback. */
  async #supervise(
    child: ContainerProcess,
    ready: Ready,
    channel: ContainerChannel,
    t0: number,
    timeLimitMs: number,
    queue: EventQueue<RunEvent>,
    messages: RunMessages,
    exposeKill: (kill: (reason: EndReason, message: string) => void) => void,
  ): Promise<ExitEvent> {
    const now = () => Math.round((this.#now() - t0) * 1000) / 1000;
    queue.push({ type: 'start', runtime: 'webcontainer', nodeVersion: ready.nodeVersion, merged: true });

    let reason: EndReason | null = null;
    let message: string | undefined;
    let finished = false;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    let onStuck: () => void = () => {};
    const stuck = new Promise<'stuck'>((resolve) => {
      onStuck = () => resolve('stuck');
    });
    const kill = (why: EndReason, text: string) => {
      if (finished || reason !== null) return;
      reason = why;
      message = text;
      try {
        child.kill();
      } catch {
        // already gone
      }
      graceTimer = setTimeout(onStuck, this.#killGraceMs);
    };

    const meter = new OutputMeter(this.#caps);
    const reader = child.output.getReader();
    const pumping = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        if (finished || meter.full) continue;
        const { lines, hit } = meter.push(value, now());
        for (const line of lines) queue.push(line);
        if (hit === 'bytes') kill('output-limit', messages.outputLimit(this.#caps.bytes));
        else if (hit === 'lines') kill('output-limit', messages.lineLimit(this.#caps.lines));
      }
    })().catch(() => {});

    exposeKill(kill);
    const timer = setTimeout(() => kill('timeout', messages.timeout(timeLimitMs)), timeLimitMs);

    const outcome = await Promise.race([
      child.exit.then(
        (code) => ({ code }),
        () => ({ code: null }),
      ),
      stuck.then(() => 'stuck' as const),
    ]);
    const durationMs = now();
    clearTimeout(timer);
    clearTimeout(graceTimer);

    if (outcome === 'stuck') {
      // kill() did not end it: only a fresh container will.
      message = `${message ?? messages.stopped()} ${RESTARTED_NOTE}`;
      this.host.restart();
    } else {
      await Promise.race([pumping, sleep(this.#drainMs)]);
    }
    finished = true;
    reader.cancel().catch(() => {});
    for (const line of meter.finish(now())) queue.push(line);
    // What the program did, from its record file (not after a restart: that container is gone).
    if (outcome !== 'stuck') {
      try {
        queue.push({ type: 'observed', observed: await withDeadline(channel.read(), this.#setupMs, 'reading the observations') });
      } catch {
        // a wedged file system: grade on the output alone
      }
    }

    return exitEvent(reason ?? 'exited', { code: outcome === 'stuck' ? null : outcome.code, durationMs, message });
  }
}
