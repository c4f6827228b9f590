/**
 * The OS sandbox every run goes into where the machine offers one (Linux with bubblewrap):
 *
 * - its own PID, network, IPC, UTS, user and cgroup namespaces: the program sees only its own
 *   processes, so it cannot signal the server, the CLI or another run, nor read their /proc; no
 *   network (loopback only, inside its own namespace) unless the caller allows it;
 * - a filesystem made of the system's /usr (read-only), Node's binary (read-only), a private /dev
 *   and /proc, and a fresh tmpfs /tmp holding the run folder (a copy of the learner's files): no
 *   home folder, no /etc beyond what the dynamic loader needs, no repository, no other run;
 * - an empty environment but for a short allow-list (childEnv);
 * - RLIMIT_FSIZE (prlimit) for one file's size; the run's cgroup (cgroup.ts) bounds memory, which
 *   includes the tmpfs, so it bounds disk use as well, and the number of tasks;
 * - --die-with-parent: if the server dies, the sandbox dies with it.
 *
 * Inside, /bin/sh is PID 1 and runs the program as its child. When the program ends, PID 1 reports
 * the exit status on fd 3 and stays alive, so children the program left behind keep running until
 * the runner has seen them (and tells the learner) and kills the whole sandbox. PID 1 of a
 * namespace cannot be signalled from inside it, and when it dies the kernel kills everything else.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { cgroupLayout } from './cgroup.ts';

/** Where the run folder appears inside the sandbox. */
export const SANDBOX_RUN_DIR = '/tmp/course-run';
/** Where the observation channel's record folder appears inside it (src/runtime/observation/). */
export const SANDBOX_OBSERVE_DIR = '/tmp/.course-observed';

export type SandboxSupport =
  | { kind: 'bwrap'; bwrap: string; prlimit: string | null; cgroups: 1 | 2 | null }
  | { kind: 'none'; why: string };

function findExecutable(name: string): string | null {
  for (const dir of (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':').concat(['/usr/bin', '/bin'])) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

let support: SandboxSupport | undefined;

/**
 * What this machine offers, probed once (a ~10 ms run of `true` in a sandbox). `COURSE_SANDBOX=off`
 * turns the sandbox off on purpose (to measure its cost); it is then reported like a missing one.
 */
export function sandboxSupport(): SandboxSupport {
  if (support) return support;
  support = probe();
  return support;
}

function probe(): SandboxSupport {
  if (process.env.COURSE_SANDBOX === 'off') return { kind: 'none', why: 'it was turned off with COURSE_SANDBOX=off' };
  if (process.platform !== 'linux') {
    return { kind: 'none', why: `${process.platform === 'darwin' ? 'macOS' : process.platform === 'win32' ? 'Windows' : process.platform} has no bubblewrap` };
  }
  const bwrap = findExecutable('bwrap');
  if (!bwrap) return { kind: 'none', why: 'bubblewrap (bwrap) is not installed; on Debian or Ubuntu: sudo apt-get install bubblewrap' };
  const test = spawnSync(bwrap, [...systemBinds(), '--unshare-all', '--die-with-parent', '--', '/bin/sh', '-c', 'exit 0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10_000,
  });
  if (test.status !== 0) {
    const said = test.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    return { kind: 'none', why: `bubblewrap cannot create a sandbox here (${said || test.error?.message || `exit ${test.status}`})` };
  }
  const layout = cgroupLayout();
  return { kind: 'bwrap', bwrap, prlimit: findExecutable('prlimit'), cgroups: layout?.version ?? null };
}

/** One line for the start-up message and the grading report. */
export function describeSandbox(s: SandboxSupport = sandboxSupport()): string {
  if (s.kind === 'none') {
    return `No sandbox: ${s.why}. Programs run as you, with only the time, output and process limits.`;
  }
  const limits = [
    s.cgroups ? `memory and process limits (cgroup v${s.cgroups})` : 'no memory limit (no cgroup could be created)',
    s.prlimit ? 'a file size limit' : 'no file size limit (prlimit missing)',
  ];
  return `Sandbox: bubblewrap (no network, read-only system, only its own files and processes visible), ${limits.join(', ')}.`;
}

/** Read-only system folders the program may need (/usr holds Node's libraries, sh, sleep …). */
function systemBinds(): string[] {
  const args: string[] = [];
  for (const dir of ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    if (!existsSync(dir)) continue;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      continue;
    }
    // Merged /usr: /bin is a link to usr/bin; keep it a link rather than a second mount.
    if (real !== dir && real.startsWith('/usr/')) args.push('--symlink', path.relative('/', real), dir);
    else args.push('--ro-bind', dir, dir);
  }
  // The dynamic loader's cache and Debian's alternatives (e.g. /usr/bin/awk), nothing else of /etc.
  for (const file of ['/etc/ld.so.cache', '/etc/alternatives', '/etc/localtime']) {
    if (existsSync(file)) args.push('--ro-bind', file, file);
  }
  return args;
}

export interface SandboxCommand {
  /** Run folder files, relative names, in the order their fds are given (stdio index 4 onwards). */
  files: string[];
  /** Node's binary and its arguments (the entry relative to the run folder). */
  node: string;
  nodeArgs: string[];
  network: boolean;
  fileSizeBytes: number;
  /** `cgroup.procs` files the launcher joins before anything starts. */
  joinFiles: string[];
  /** A host folder bound writable inside, for the observation channel's record file. */
  observeDir?: { host: string; inside: string };
}

/**
 * The command line: `sh` joins the cgroup(s), `prlimit` sets the file size limit, `bwrap` builds
 * the sandbox, and PID 1 inside runs the program. Stdio: 0 ignored, 1/2 the program's output, 3 the
 * exit-status pipe, 4… one read-only fd per file to copy into the run folder.
 */
export function sandboxCommand(s: Extract<SandboxSupport, { kind: 'bwrap' }>, c: SandboxCommand): { command: string; args: string[] } {
  const node = realpathSync(c.node);
  const bwrapArgs = [
    ...systemBinds(),
    '--proc', '/proc',
    '--dev', '/dev',
    '--tmpfs', '/tmp',
    // After the tmpfs: a checkout under /tmp (CI clones there) would otherwise hide Node's binary.
    '--ro-bind', node, node,
    '--unshare-all', // user, ipc, pid, net, uts, cgroup
    ...(c.network ? ['--share-net'] : []),
    '--die-with-parent',
    '--as-pid-1',
    '--hostname', 'sandbox',
    '--dir', SANDBOX_RUN_DIR,
  ];
  if (c.observeDir) bwrapArgs.push('--bind', c.observeDir.host, c.observeDir.inside);
  const folders = new Set<string>();
  for (const file of c.files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  for (const folder of [...folders].sort()) bwrapArgs.push('--dir', `${SANDBOX_RUN_DIR}/${folder}`);
  c.files.forEach((file, i) => bwrapArgs.push('--file', String(4 + i), `${SANDBOX_RUN_DIR}/${file}`));
  // The root bwrap builds is a tmpfs: read-only too, so /tmp is the only place to write.
  bwrapArgs.push('--remount-ro', '/', '--chdir', SANDBOX_RUN_DIR, '--', '/bin/sh', '-c', PID1_SCRIPT, 'sh', node, ...c.nodeArgs);

  const inner = [s.bwrap, ...bwrapArgs];
  const limited = s.prlimit ? [s.prlimit, `--fsize=${Math.floor(c.fileSizeBytes)}`, '--', ...inner] : inner;
  // Join the cgroups first (writing 0 moves the writer), so nothing of the run starts outside them.
  return { command: '/bin/sh', args: ['-c', JOIN_SCRIPT, 'join', String(c.joinFiles.length), ...c.joinFiles, ...limited] };
}

/** `join N file… cmd…`: writes 0 into each of the N files, then execs cmd. Fails closed. */
const JOIN_SCRIPT = 'n=$1; shift; while [ "$n" -gt 0 ]; do echo 0 > "$1" || exit 125; shift; n=$((n - 1)); done; exec "$@"';

/**
 * PID 1 in the sandbox: run the program (without the status pipe), report its status, then idle
 * with no stdio so the runner sees leftover children and decides when everything ends.
 */
const PID1_SCRIPT = '"$@" 3>&-; echo "$?" >&3; exec 3>&- ; exec sleep 86400 </dev/null >/dev/null 2>&1';
