/**
 * Attacks on the sandbox with real programs, checked from outside (this test process plays the
 * server). They need bubblewrap and a writable cgroup; elsewhere they are skipped with the reason.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileMap } from '../run-contract/events.ts';
import { startRun, type RunLimits } from './run-program.ts';
import { describeSandbox, sandboxSupport } from './sandbox.ts';
import { collect, processesWith, waitFor } from '../../test-support/run-helpers.ts';

const T = 60_000;
const support = sandboxSupport();
const full = support.kind === 'bwrap' && support.cgroups !== null && support.prlimit !== null;
if (!full) console.warn(`Sandbox tests skipped: ${describeSandbox(support)}`);

const repo = fileURLToPath(new URL('../../', import.meta.url));

function run(files: FileMap | string, limits: Partial<RunLimits> = {}, timeLimitMs = 20_000) {
  const map = typeof files === 'string' ? { 'main.ts': files } : files;
  return collect(startRun({ files: map, entry: 'main.ts', timeLimitMs }, limits));
}

function stateOf(pid: number): string {
  return readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.[0] ?? '?';
}

/**
 * SAFETY: the signal attacks below (kill(-1), SIGSTOP to every pid) would hit every process on the
 * machine if they ever ran outside the sandbox (as root: everyone's). Each attack program first
 * checks that its PID 1 is the sandbox's own, and refuses to attack otherwise.
 */
const INSIDE_SANDBOX_GUARD = `import { readFileSync as readGuard } from 'node:fs';
if (process.ppid !== 1 || !readGuard('/proc/1/cmdline', 'latin1').includes('exec sleep 86400')) {
  console.log('NOT IN THE SANDBOX: attack refused'); process.exit(99);
}
`;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.runIf(full)('the sandbox holds (real processes)', () => {
  it('stops a Buffer memory bomb at the memory limit of the whole tree', { timeout: T }, async () => {
    const result = await run(`const keep = []; for (;;) keep.push(Buffer.alloc(32 * 1024 * 1024, 1));`, { memoryMb: 256 });
    expect(result.exit.reason).toBe('memory-limit');
    expect(result.exit.message).toMatch(/more than 256 MB of memory together/);
  });

  it('counts forked children and files in /tmp against the same memory limit', { timeout: T }, async () => {
    const result = await run(
      {
        'main.ts': `import { fork } from 'node:child_process';
for (let i = 0; i < 3; i++) fork(new URL('./hog.ts', import.meta.url));`,
        'hog.ts': `import { writeFileSync } from 'node:fs';
for (let i = 0; ; i++) writeFileSync('/tmp/fill-' + process.pid + '-' + i, Buffer.alloc(16 * 1024 * 1024, 1));`,
      },
      { memoryMb: 256 },
    );
    expect(result.exit.reason).toBe('memory-limit');
  });

  it('stops a 2 GB file at the file size limit, in plain words', { timeout: T }, async () => {
    const result = await run(`import { appendFileSync } from 'node:fs';
const chunk = Buffer.alloc(64 * 1024 * 1024, 1);
for (let i = 0; i < 32; i++) appendFileSync('big.bin', chunk);
console.log('wrote 2 GB');`);
    expect(result.stdout).not.toContain('wrote 2 GB');
    expect(result.exit.reason).toBe('disk-limit');
    expect(result.exit.message).toMatch(/wrote a file larger than 64 MB/);
  });

  it('leaves no detached daemon or sleeper behind, setsid or not', { timeout: T }, async () => {
    const marker = `9${Date.now() % 100000}.25`;
    const result = await run(`import { spawn } from 'node:child_process';
for (let i = 0; i < 20; i++) spawn('sleep', ['${marker}'], { detached: true, stdio: 'ignore' }).unref();
spawn('setsid', ['sleep', '${marker}'], { detached: true, stdio: 'ignore' }).unref();
spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '${marker}'], { detached: true, stdio: 'ignore' }).unref();
console.log('started');`, { maxProcesses: 64 });
    expect(result.stdout).toEqual(['started']);
    expect(result.exit.reason).toBe('orphans');
    expect(processesWith(marker)).toEqual([]);
  });

  it('cannot see, stop or kill the server (its parent is the sandbox own PID 1)', { timeout: T }, async () => {
    const result = await run(`${INSIDE_SANDBOX_GUARD}for (const target of [process.ppid, ${process.pid}, -1]) {
  for (const signal of ['SIGSTOP', 'SIGKILL']) {
    try { process.kill(target, signal); console.log('sent', signal, 'to', target); } catch (e) { console.log('refused', signal, target, e.code); }
  }
}
import { existsSync } from 'node:fs';
console.log('server fd 1 visible:', existsSync('/proc/${process.pid}/fd/1'));
console.log('still here');`);
    // kill(-1) reaches only the sandbox's own processes (itself included): the run ends by signal.
    expect(result.stdout).not.toContain('NOT IN THE SANDBOX: attack refused');
    expect(stateOf(process.pid)).not.toBe('T');
    expect(result.stdout).toContain(`refused SIGSTOP ${process.pid} ESRCH`);
    expect(result.stdout.some((l) => l.includes('server fd 1 visible: true'))).toBe(false);
  });

  it('cannot stop a sibling run', { timeout: T }, async () => {
    const sibling = run(`await new Promise((r) => setTimeout(r, 1500)); console.log('sibling finished');`);
    // Every pid but its own threads' ids (kill() with a thread id stops the whole process).
    const attacker = run(`${INSIDE_SANDBOX_GUARD}import { readdirSync } from 'node:fs';
const own = new Set(readdirSync('/proc/self/task').map(Number));
for (let pid = 1; pid < 4000; pid++) { if (!own.has(pid)) try { process.kill(pid, 'SIGSTOP'); } catch {} }
console.log('tried');`);
    const [a, s] = await Promise.all([attacker, sibling]);
    expect(a.stdout).toContain('tried');
    expect(s.stdout).toEqual(['sibling finished']);
    expect(s.exit).toMatchObject({ reason: 'exited', code: 0 });
  });

  it('can neither read secrets nor write into the repository, dist/ or content/', { timeout: T }, async () => {
    process.env.COURSE_TEST_SECRET = 'hunter2-in-the-server-environment';
    const checks = `${repo}content/course.yaml`; // a content file every fork has (no lesson named)
    const before = sha(checks);
    try {
      const result = await run(`import { appendFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
const tryIt = (what, f) => { try { f(); console.log(what, 'DONE'); } catch (e) { console.log(what, e.code); } };
tryIt('read shadow', () => readFileSync('/etc/shadow'));
tryIt('read npmrc', () => readFileSync('${homedir()}/.npmrc'));
tryIt('read passwd', () => readFileSync('/etc/passwd'));
tryIt('read checks', () => readFileSync('${checks}'));
tryIt('append checks', () => appendFileSync('${checks}', '\\n// pwned'));
tryIt('write dist', () => { mkdirSync('${repo}dist', { recursive: true }); writeFileSync('${repo}dist/pwned.html', 'x'); });
tryIt('write usr', () => writeFileSync('/usr/pwned', 'x'));
console.log(JSON.stringify(process.env));`);
      const out = result.stdout.join('\n');
      // A checkout under /tmp (CI clones there) is not visible inside, whose /tmp is the run's own
      // tmpfs: writing at the repository's path then lands there, and the host checks below hold.
      const writable = repo.startsWith('/tmp/') ? /^(read \w+|append checks|write usr) DONE$/m : /DONE/;
      expect(out).not.toMatch(writable);
      expect(out).not.toContain('hunter2');
      expect(sha(checks)).toBe(before);
      expect(existsSync(`${repo}dist/pwned.html`)).toBe(false);
      expect(existsSync('/usr/pwned')).toBe(false);
    } finally {
      delete process.env.COURSE_TEST_SECRET;
    }
  });

  it('dies with the server: a killed server leaves no program running', { timeout: T }, async () => {
    // A stand-in server: this runner in its own process, started on a program that never ends.
    const marker = `forever-${process.pid}-${Date.now()}.ts`;
    const server = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { startRun } from ${JSON.stringify(new URL('./run-program.ts', import.meta.url).href)};
const h = startRun({ files: { '${marker}': 'setInterval(() => {}, 1000); console.log("up");' }, entry: '${marker}', timeLimitMs: 60000 });
for await (const e of h.events) if (e.type === 'line') console.log('running');`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => server.stdout.on('data', () => resolve()));
    expect(processesWith(marker).length).toBeGreaterThan(0);
    server.kill('SIGKILL');
    expect(await waitFor(() => processesWith(marker).length === 0)).toBe(true);
  });

  describe('network', () => {
    let server: Server;
    let port = 0;
    beforeAll(async () => {
      server = createServer((socket) => socket.end('hello from the host\n'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('has none: not even the host loopback', { timeout: T }, async () => {
      const result = await run(`import { connect } from 'node:net';
const s = connect(${port}, '127.0.0.1');
s.on('data', (d) => { console.log('got', String(d).trim()); s.destroy(); });
s.on('error', (e) => console.log('error', e.code));`);
      expect(result.stdout).toEqual(['error ECONNREFUSED']);
    });
  });
});
