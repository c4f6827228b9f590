import type { CapturedRun, LineEvent } from '../../src/run-contract/events.ts';
import { exitEvent } from '../../src/run-contract/exit.ts';
import type { ObservedProcess, ObservedRun, ObservedTimer, ObservedWorker } from '../../src/run-contract/observation/records.ts';

/** A line for an observed recording: when it arrived, its text, and when and by whom it was written. */
export interface ObservedLine {
  arrived: number;
  text: string;
  written: number;
  pid?: number;
  thread?: number;
  stream?: 'stdout' | 'stderr';
}

export interface ObservedParts {
  processes?: Partial<ObservedProcess>[];
  workers?: ObservedWorker[];
  timers?: ObservedTimer[];
}

/**
 * Builds a CapturedRun as the local runtime records it with observations, for grader tests: the
 * arrival times as the runner saw them, and the observed writes behind them. Processes default to
 * one main process, pid 100.
 */
export function observedRun(lines: ObservedLine[], parts: ObservedParts = {}): CapturedRun {
  const events: LineEvent[] = lines.map((l) => ({ type: 'line', t: l.arrived, text: l.text, stream: l.stream ?? 'stdout' }));
  const last = events.at(-1)?.t ?? 0;
  const processes = (parts.processes ?? [{}]).map((p, i): ObservedProcess => ({ pid: 100 + i, ppid: i === 0 ? 1 : 100, how: i === 0 ? 'main' : 'fork', node: true, startedAt: 0, ...p }));
  const observed: ObservedRun = {
    processes,
    workers: parts.workers ?? [],
    writes: lines.map((l) => ({ pid: l.pid ?? 100, thread: l.thread ?? 0, stream: l.stream ?? 'stdout', t: l.written, text: `${l.text}\n` })),
    timers: parts.timers ?? [],
    truncated: false,
    rejected: 0,
  };
  return {
    runtime: 'local',
    merged: false,
    lines: events,
    exit: exitEvent('exited', { code: 0, durationMs: last + 20 }),
    observed,
  };
}
