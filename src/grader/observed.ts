/**
 * Reading what the runtime observed (RunView.observed), for checks. Every helper returns null when
 * the run was not observed (an older recording, or a runtime that does not observe). A runtime that
 * observes always attaches observations, empty ones if the program destroyed its record file, so
 * "not observed" can never be brought about by the program.
 */
import type { ObservedProcess, ObservedWorker } from '../run-contract/observation/records.ts';
import type { RunView, Verdict } from './types.ts';

/**
 * The verdict of a check that needs observations on a run that has none: it passes, saying that
 * only the printed output was judged, so a learner on such a runtime is never stuck.
 */
export function notObserved(what: string): Verdict {
  return { status: 'pass', message: `This runtime did not observe the run, so ${what} could not be checked; only the printed output was judged.` };
}

/** `notObserved` with a message from the catalog (built-in checks: in the report's language). */
export function notObservedSaying(message: string): Verdict {
  return { status: 'pass', message };
}

/** The ids of every process that ran. */
export function observedPids(view: RunView): Set<number> | null {
  return view.observed ? new Set(view.observed.processes.map((p) => p.pid)) : null;
}

/** The threadIds that existed in a process (0, its main thread, included); any process when `pid` is omitted. */
export function observedThreadIds(view: RunView, pid?: number): Set<number> | null {
  if (!view.observed) return null;
  const ids = new Set<number>([0]);
  for (const w of view.observed.workers) if (pid === undefined || w.pid === pid) ids.add(w.threadId);
  return ids;
}

/** The processes the program started (every process but the one the runtime started). */
export function childProcesses(view: RunView): ObservedProcess[] | null {
  if (!view.observed) return null;
  const main = view.observed.processes.find((p) => p.how === 'main');
  return view.observed.processes.filter((p) => p !== main);
}

export function workers(view: RunView): ObservedWorker[] | null {
  return view.observed ? view.observed.workers : null;
}

/**
 * When a worker's or child's work ended, as its parent could know it: its last message to the
 * parent if it sent one, else its exit. Undefined when it never ended.
 */
export function endOf(runner: ObservedWorker | ObservedProcess): number | undefined {
  return runner.lastPostAt ?? runner.exitedAt;
}

export interface CpuTotal {
  /** CPU time in ms, user + system. */
  ms: number;
  /** How many processes (or threads) it adds up, and how many could not be measured (killed ones). */
  measured: number;
  unmeasured: number;
}

/**
 * CPU time the program used: `where: 'all'` every process (each with all its threads), 'workers'
 * worker threads only, 'children' the processes it started, 'main-thread' the main thread of the
 * main process alone.
 */
export function cpuTime(view: RunView, where: 'all' | 'workers' | 'children' | 'main-thread' = 'all'): CpuTotal | null {
  const observed = view.observed;
  if (!observed) return null;
  let items: (number | undefined)[];
  if (where === 'workers') items = observed.workers.map((w) => w.cpuMs);
  else if (where === 'children') items = (childProcesses(view) ?? []).filter((p) => p.node).map((p) => p.cpuMs);
  else if (where === 'main-thread') items = observed.processes.filter((p) => p.how === 'main').map((p) => p.mainThreadCpuMs);
  else items = observed.processes.filter((p) => p.node).map((p) => p.cpuMs);
  const known = items.filter((ms): ms is number => ms !== undefined);
  return { ms: known.reduce((a, b) => a + b, 0), measured: known.length, unmeasured: items.length - known.length };
}
