/**
 * One control group per run, so memory (the whole tree: heap, Buffers, tmpfs files) and the number
 * of tasks have a hard kernel limit, and every process of the run can be listed and killed, even one
 * that left the process group with setsid.
 *
 * cgroup v2 is used where this process may create children in its own cgroup with the memory and
 * pids controllers enabled (a delegated subtree); otherwise v1's memory and pids hierarchies where
 * they are mounted and writable (as root). Neither: null, and the caller says so.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = '/sys/fs/cgroup';
const NAME_PREFIX = 'course-run-';

export interface RunCgroup {
  version: 1 | 2;
  /** `cgroup.procs` files a process must write `0` into to join (before it starts the program). */
  joinFiles: string[];
  /** Pids of every process in the group. */
  pids(): number[];
  /** Whether the kernel's OOM killer killed something in the group (the memory limit was hit). */
  oomKilled(): boolean;
  /** SIGKILLs every process in the group until it is empty (bounded), then removes the group. */
  destroy(): Promise<void>;
}

export interface CgroupLimits {
  memoryBytes: number;
  maxTasks: number;
}

type Layout = { version: 2; dir: string } | { version: 1; memory: string; pids: string } | null;

/** This process's cgroup paths from /proc/self/cgroup ("0::/a/b" for v2, "4:memory:/x" for v1). */
function ownPaths(): Map<string, string> {
  const paths = new Map<string, string>();
  try {
    for (const line of readFileSync('/proc/self/cgroup', 'utf8').split('\n')) {
      const match = /^\d+:([^:]*):(.*)$/.exec(line);
      if (!match) continue;
      const [, controllers = '', p = '/'] = match;
      if (controllers === '') paths.set('', p);
      for (const c of controllers.split(',')) if (c) paths.set(c, p);
    }
  } catch {
    // not Linux
  }
  return paths;
}

function writable(file: string): boolean {
  try {
    writeFileSync(file, readFileSync(file, 'utf8').trim() || 'max');
    return true;
  } catch {
    return false;
  }
}

let layout: Layout | undefined;

/** Where run cgroups can be made on this machine, worked out once. */
export function cgroupLayout(): Layout {
  if (layout !== undefined) return layout;
  layout = null;
  if (process.platform !== 'linux') return layout;
  const own = ownPaths();
  // v2, mounted at the root and delegated to us: our cgroup lets children use memory and pids.
  const v2 = own.get('');
  if (v2 !== undefined && existsSync(path.join(ROOT, 'cgroup.controllers'))) {
    const dir = path.join(ROOT, v2);
    try {
      const enabled = readFileSync(path.join(dir, 'cgroup.subtree_control'), 'utf8').split(/\s+/);
      if (enabled.includes('memory') && enabled.includes('pids')) {
        const probe = path.join(dir, `${NAME_PREFIX}probe-${process.pid}`);
        mkdirSync(probe);
        rmdirSync(probe);
        layout = { version: 2, dir };
        return layout;
      }
    } catch {
      // not delegated to us
    }
  }
  // v1 (root on this kind of machine): nest under our own memory and pids cgroups.
  const memory = path.join(ROOT, 'memory', own.get('memory') ?? '/');
  const pids = path.join(ROOT, 'pids', own.get('pids') ?? '/');
  if (existsSync(path.join(memory, 'memory.limit_in_bytes')) && existsSync(path.join(pids, 'cgroup.procs'))) {
    try {
      const probeM = path.join(memory, `${NAME_PREFIX}probe-${process.pid}`);
      const probeP = path.join(pids, `${NAME_PREFIX}probe-${process.pid}`);
      mkdirSync(probeM);
      const ok = writable(path.join(probeM, 'memory.limit_in_bytes'));
      rmdirSync(probeM);
      mkdirSync(probeP);
      rmdirSync(probeP);
      if (ok) layout = { version: 1, memory, pids };
    } catch {
      // not writable: no v1 either
    }
  }
  if (layout) sweepStale(layout);
  return layout;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPids(procsFile: string): number[] {
  try {
    return readFileSync(procsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 1);
  } catch {
    return [];
  }
}

function killAll(procsFile: string): number {
  const pids = readPids(procsFile);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids.length;
}

async function emptyAndRemove(dirs: string[], v2Kill: string | null): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    let left = 0;
    if (v2Kill) {
      try {
        writeFileSync(v2Kill, '1');
      } catch {
        // older kernels have no cgroup.kill: the loop below kills one by one
      }
    }
    for (const dir of dirs) left += killAll(path.join(dir, 'cgroup.procs'));
    if (left === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const dir of dirs) {
    for (let i = 0; i < 50; i++) {
      try {
        rmdirSync(dir);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
        await new Promise((resolve) => setTimeout(resolve, 20)); // EBUSY while the last task exits
      }
    }
  }
}

/** Groups left by a server or CLI that was killed (its pid is in the name): kill and remove them. */
function sweepStale(found: NonNullable<Layout>): void {
  const parents = found.version === 2 ? [found.dir] : [found.memory, found.pids];
  for (const parent of parents) {
    let names: string[];
    try {
      names = readdirSync(parent);
    } catch {
      continue;
    }
    for (const name of names) {
      const owner = Number(name.match(/^course-run-(\d+)-/)?.[1]);
      if (!owner || owner === process.pid || pidAlive(owner)) continue;
      const dir = path.join(parent, name);
      killAll(path.join(dir, 'cgroup.procs'));
      try {
        rmdirSync(dir);
      } catch {
        // still emptying: the next start tries again
      }
    }
  }
}

let counter = 0;

/** A fresh cgroup with the given limits, or null where none can be made. */
export function createRunCgroup(limits: CgroupLimits): RunCgroup | null {
  const where = cgroupLayout();
  if (!where) return null;
  const name = `${NAME_PREFIX}${process.pid}-${++counter}`;
  const memoryBytes = String(Math.floor(limits.memoryBytes));
  const tasks = String(Math.floor(limits.maxTasks));
  try {
    if (where.version === 2) {
      const dir = path.join(where.dir, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'memory.max'), memoryBytes);
      try {
        writeFileSync(path.join(dir, 'memory.swap.max'), '0');
      } catch {
        // no swap controller: swap is then not counted, and not limited
      }
      writeFileSync(path.join(dir, 'pids.max'), tasks);
      return {
        version: 2,
        joinFiles: [path.join(dir, 'cgroup.procs')],
        pids: () => readPids(path.join(dir, 'cgroup.procs')),
        oomKilled: () => Number(/\boom_kill (\d+)/.exec(safeRead(path.join(dir, 'memory.events')))?.[1] ?? 0) > 0,
        destroy: () => emptyAndRemove([dir], path.join(dir, 'cgroup.kill')),
      };
    }
    const memory = path.join(where.memory, name);
    const pids = path.join(where.pids, name);
    mkdirSync(memory);
    try {
      mkdirSync(pids);
    } catch (error) {
      rmdirSync(memory);
      throw error;
    }
    writeFileSync(path.join(memory, 'memory.limit_in_bytes'), memoryBytes);
    try {
      // Same value: no escape into swap. Absent when swap accounting is off.
      writeFileSync(path.join(memory, 'memory.memsw.limit_in_bytes'), memoryBytes);
    } catch {
      // swap not accounted here
    }
    writeFileSync(path.join(pids, 'pids.max'), tasks);
    return {
      version: 1,
      joinFiles: [path.join(memory, 'cgroup.procs'), path.join(pids, 'cgroup.procs')],
      pids: () => readPids(path.join(pids, 'cgroup.procs')),
      oomKilled: () => Number(/\boom_kill (\d+)/.exec(safeRead(path.join(memory, 'memory.oom_control')))?.[1] ?? 0) > 0,
      destroy: () => emptyAndRemove([pids, memory], null),
    };
  } catch {
    return null;
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
