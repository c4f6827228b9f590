/**
 * The learner's program runs as the leader of its own process group (spawned with `detached: true`),
 * so everything it forks (unless it deliberately calls setsid) shares that group id. That lets us
 * kill the whole tree with one signal and count its members.
 *
 * Counting reads /proc, so it works on Linux only. On other systems `countGroupMembers` returns null
 * and the process limit is not enforced (the time and output limits still are); "is the group
 * still alive" then falls back to `kill(-pgid, 0)`, which also sees zombies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sleep } from '../run-contract/sleep.ts';

const CAN_COUNT_PROCESSES = process.platform === 'linux';

/** Sends SIGKILL to every process in the group. Never throws (the group may be gone already). */
export function killGroup(pgid: number): void {
  if (!Number.isInteger(pgid) || pgid <= 1) return; // -1 or -0 would signal far more than we mean to
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // ESRCH: nobody left in the group. EPERM cannot happen for our own children.
  }
}

export interface ProcStat {
  pid: number;
  ppid: number;
  pgid: number;
  /** R, S, D, Z (zombie), T, ... */
  state: string;
}

/**
 * Parses /proc/<pid>/stat. The command name (field 2) may contain spaces and parentheses, so the
 * fields are read after the LAST ')'.
 */
export function parseProcStat(text: string): ProcStat | null {
  const close = text.lastIndexOf(')');
  if (close === -1) return null;
  const pid = Number.parseInt(text, 10);
  const rest = text.slice(close + 2).split(' ');
  // rest[0] = state, rest[1] = ppid, rest[2] = pgrp
  const state = rest[0];
  const ppid = Number(rest[1]);
  const pgid = Number(rest[2]);
  if (!Number.isInteger(pid) || state === undefined || !Number.isInteger(pgid) || !Number.isInteger(ppid)) return null;
  return { pid, ppid, pgid, state };
}

/**
 * Live (non-zombie) processes per group, for the given groups, in one pass over /proc. Zombies are
 * left out on purpose: they are dead and use no CPU or memory, and on machines whose init never
 * reaps orphans they would otherwise count forever.
 */
export function countGroupMembers(pgids: ReadonlySet<number>): Map<number, number> | null {
  if (!CAN_COUNT_PROCESSES) return null;
  const counts = new Map<number, number>();
  for (const pgid of pgids) counts.set(pgid, 0);
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    const first = entry.charCodeAt(0);
    if (first < 48 || first > 57) continue; // only numeric entries are processes
    let text: string;
    try {
      text = readFileSync(`/proc/${entry}/stat`, 'latin1');
    } catch {
      continue; // exited while we were scanning
    }
    const stat = parseProcStat(text);
    if (!stat || stat.state === 'Z' || stat.state === 'X') continue;
    const count = counts.get(stat.pgid);
    if (count !== undefined) counts.set(stat.pgid, count + 1);
  }
  return counts;
}

/** Pids of the live processes in a group (Linux), or null where /proc is not available. */
export function listGroupMembers(pgid: number): number[] | null {
  return listGroupStats(pgid)?.map((s) => s.pid) ?? null;
}

/** The live processes in a group with their parents (Linux), or null where /proc is not available. */
export function listGroupStats(pgid: number): ProcStat[] | null {
  if (!CAN_COUNT_PROCESSES) return null;
  const found: ProcStat[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    const first = entry.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'latin1'));
      if (stat && stat.pgid === pgid && stat.state !== 'Z' && stat.state !== 'X') found.push(stat);
    } catch {
      // exited while we were scanning
    }
  }
  return found;
}

/** Whether any live process remains in the group. */
export function isGroupAlive(pgid: number): boolean {
  const members = listGroupMembers(pgid);
  if (members) return members.length > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills the group and waits (polling) until no live member is left, up to `timeoutMs`. */
export async function killGroupAndWait(pgid: number, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    killGroup(pgid);
    if (!isGroupAlive(pgid)) return true;
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
}

/**
 * One shared ticker samples every watched group every `intervalMs` with a single /proc pass, so
 * several concurrent runs cost one scan, not one each.
 */
type Watcher = (liveCount: number) => void;
const watchers = new Map<number, Set<Watcher>>();
let ticker: ReturnType<typeof setInterval> | null = null;
const WATCH_INTERVAL_MS = 100;

function tick(): void {
  const counts = countGroupMembers(new Set(watchers.keys()));
  if (!counts) return;
  for (const [pgid, set] of watchers) {
    const count = counts.get(pgid) ?? 0;
    for (const watcher of [...set]) {
      try {
        watcher(count);
      } catch {
        // a watcher's failure must not stop the others
      }
    }
  }
}

/** Calls `onCount` with the group's live process count about every 100 ms. Returns the unwatch function. */
export function watchGroup(pgid: number, onCount: Watcher): () => void {
  if (!CAN_COUNT_PROCESSES) return () => {};
  let set = watchers.get(pgid);
  if (!set) {
    set = new Set();
    watchers.set(pgid, set);
  }
  set.add(onCount);
  if (!ticker) {
    ticker = setInterval(tick, WATCH_INTERVAL_MS);
    ticker.unref(); // never keep the server (or a test) alive just to watch
  }
  return () => {
    const current = watchers.get(pgid);
    current?.delete(onCount);
    if (current && current.size === 0) watchers.delete(pgid);
    if (watchers.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

/**
 * Groups still running when this (server) process exits are killed, so a crash or Ctrl+C of the
 * server never leaves learner programs behind. `exit` handlers must be synchronous: kill() is.
 */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

export function registerLiveGroup(pgid: number): () => void {
  liveGroups.add(pgid);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const group of liveGroups) killGroup(group);
    });
  }
  return () => {
    liveGroups.delete(pgid);
  };
}
