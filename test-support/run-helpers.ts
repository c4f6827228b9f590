/** Shared by the runner and server tests: gather a run's events, look at processes in /proc. */
import { readdirSync, readFileSync } from 'node:fs';
import type { ExitEvent, LineEvent, RunEvent, RunHandle } from '../src/run-contract/events.ts';
import { parseProcStat } from '../src/runner/process-group.ts';

export interface Collected {
  events: RunEvent[];
  lines: LineEvent[];
  stdout: string[];
  stderr: string[];
  exit: ExitEvent;
}

export function summarize(events: RunEvent[]): Collected {
  const exits = events.filter((e): e is ExitEvent => e.type === 'exit');
  if (exits.length !== 1) throw new Error(`expected exactly one exit event, got ${exits.length}`);
  if (events[events.length - 1]?.type !== 'exit') throw new Error('the exit event is not last');
  const lines = events.filter((e): e is LineEvent => e.type === 'line');
  return {
    events,
    lines,
    stdout: lines.filter((l) => l.stream === 'stdout').map((l) => l.text),
    stderr: lines.filter((l) => l.stream === 'stderr').map((l) => l.text),
    exit: exits[0] as ExitEvent,
  };
}

export async function collect(handle: RunHandle): Promise<Collected> {
  const events: RunEvent[] = [];
  for await (const event of handle.events) events.push(event);
  return summarize(events);
}

/** Whether a pid is a live (non-zombie) process. */
export function isAlive(pid: number): boolean {
  try {
    const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'latin1'));
    return stat !== null && stat.state !== 'Z' && stat.state !== 'X';
  } catch {
    return false;
  }
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

/**
 * Host pids of live processes whose command line contains `marker` (e.g. a unique entry file
 * name). In the sandbox a program only knows its own namespace's pids; this finds it from outside.
 */
export function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'latin1').includes(marker)) continue;
      if (isAlive(Number(entry))) found.push(Number(entry));
    } catch {
      // gone
    }
  }
  return found;
}
