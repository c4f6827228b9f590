/**
 * These tests run real Node processes (no mocks). They assert orders and reasons, and only
 * generous time bounds, so a busy 2-core machine does not make them flaky.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileMap, RunEvent } from '../run-contract/events.ts';
import { listGroupMembers } from './process-group.ts';
import { clampTimeLimit } from '../run-contract/limits.ts';
import { startRun, type RunLimits } from './run-program.ts';
import { collect, isAlive, summarize, waitFor } from '../../test-support/run-helpers.ts';

const T = 30_000; // per-test timeout: generous, the tests themselves are quick

/**
 * `sandbox: false` for the tests that look at the program's processes and folder from outside:
 * they check the limits that hold where no OS sandbox exists (sandbox.test.ts covers the sandbox).
 */
function run(files: FileMap | string, options: { timeLimitMs?: number; limits?: Partial<RunLimits>; entry?: string; sandbox?: boolean } = {}) {
  const map = typeof files === 'string' ? { 'main.ts': files } : files;
  const runOptions = options.sandbox === undefined ? {} : { sandbox: options.sandbox };
  return startRun({ files: map, entry: options.entry ?? 'main.ts', timeLimitMs: options.timeLimitMs ?? 20_000 }, options.limits, runOptions);
}

const pidsToCheck: number[] = [];
afterEach(() => {
  // Belt and braces: a failed test must not leave processes running on the machine.
  for (const pid of pidsToCheck.splice(0)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('startRun', () => {
  it('prints lines in order with timestamps, start first and exit last', { timeout: T }, async () => {
    const result = await collect(
      run(`console.log('one');
await new Promise((r) => setTimeout(r, 30));
console.log('two'); console.log('three');`),
    );
    const first = result.events[0];
    expect(first).toEqual({ type: 'start', runtime: 'local', nodeVersion: process.version, merged: false });
    expect(result.events.filter((e) => e.type === 'start')).toHaveLength(1);
    expect(result.stdout).toEqual(['one', 'two', 'three']);
    const times = result.lines.map((l) => l.t);
    expect(times.every((t) => t >= 0)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[1]).toBeGreaterThan(times[0] ?? Infinity);
    expect(result.exit).toMatchObject({ type: 'exit', code: 0, signal: null, reason: 'exited' });
    expect(result.exit.message).toBeUndefined();
    expect(result.exit.durationMs).toBeGreaterThanOrEqual(times[2] ?? 0);
  });

  it('tags stderr lines as stderr', { timeout: T }, async () => {
    const result = await collect(run(`console.error('oops'); console.log('fine'); process.stderr.write('no newline');`));
    expect(result.stderr).toEqual(['oops', 'no newline']);
    expect(result.stdout).toEqual(['fine']);
    expect(result.lines.find((l) => l.text === 'no newline')?.partial).toBe(true);
  });

  it('reports the exit code of a program that exits with an error', { timeout: T }, async () => {
    const result = await collect(run(`console.log('bye'); process.exitCode = 3;`));
    expect(result.exit).toMatchObject({ code: 3, reason: 'exited' });
  });

  it('shows an uncaught exception on stderr as a normal non-zero exit', { timeout: T }, async () => {
    const result = await collect(run(`function explode(): never { throw new Error('boom'); }\nexplode();`));
    expect(result.exit).toMatchObject({ code: 1, reason: 'exited', signal: null });
    expect(result.stderr.some((l) => l.includes('Error: boom'))).toBe(true);
  });

  it('kills an endless loop at the time limit and removes the run folder', { timeout: T }, async () => {
    const result = await collect(run(`console.log(process.cwd()); while (true) {}`, { timeLimitMs: 1500, sandbox: false }));
    expect(result.exit.reason).toBe('timeout');
    expect(result.exit.signal).toBe('SIGKILL');
    expect(result.exit.code).toBeNull();
    expect(result.exit.message).toMatch(/^Stopped after 1\.5 s: the time limit/);
    expect(result.exit.durationMs).toBeGreaterThanOrEqual(1400);
    const cwd = result.stdout[0] ?? '';
    expect(cwd).toMatch(/course-run-/);
    expect(existsSync(cwd)).toBe(false);
  });

  it('stops an output flood at the output cap', { timeout: T }, async () => {
    const cap = 64 * 1024;
    const result = await collect(
      run(`const line = 'x'.repeat(999); for (;;) console.log(line);`, { limits: { outputCapBytes: cap } }),
    );
    expect(result.exit.reason).toBe('output-limit');
    expect(result.exit.message).toMatch(/more than 64 KB of output/);
    const bytes = result.lines.reduce((sum, l) => sum + Buffer.byteLength(l.text) + (l.partial ? 0 : 1), 0);
    expect(bytes).toBeLessThanOrEqual(cap);
    expect(bytes).toBeGreaterThan(cap / 2);
  });

  it('stops a flood from a loop that never yields (stdout writes block, as on a terminal)', { timeout: T }, async () => {
    const result = await collect(run(`while (true) console.log('flood');`, { limits: { outputCapBytes: 32 * 1024 } }));
    expect(result.exit.reason).toBe('output-limit');
    expect(result.stdout.length).toBeGreaterThan(1000);
  });

  it('names an uncaught promise rejection on stderr, but not a plain top-level throw', { timeout: T }, async () => {
    const [floating, awaited, thrown] = await Promise.all([
      collect(run(`async function f() { await null; throw new Error('floating'); }\nf();\nsetTimeout(() => {}, 200);`)),
      collect(run(`async function f() { await null; throw new Error('awaited'); }\nawait f();`)),
      collect(run(`throw new Error('sync');`)),
    ]);
    expect(floating.stderr[0]).toBe('[course] uncaught promise rejection: Error: floating');
    expect(floating.exit.code).toBe(1);
    expect(awaited.stderr[0]).toBe('[course] uncaught promise rejection: Error: awaited');
    expect(thrown.stderr.join('\n')).not.toContain('[course]');
    expect(thrown.stderr.join('\n')).toContain('Error: sync');
  });

  it('does not call a syntax error in the program a promise rejection, but does a JSON.parse rejection', { timeout: T }, async () => {
    const [syntax, parse] = await Promise.all([
      collect(run(`function f() { await null; }`)),
      collect(run(`async function f() { await null; return JSON.parse('{'); }\nf();\nsetTimeout(() => {}, 200);`)),
    ]);
    expect(syntax.exit.code).toBe(1);
    expect(syntax.stderr.join('\n')).toContain('SyntaxError');
    expect(syntax.stderr.join('\n')).not.toContain('[course]');
    expect(parse.stderr[0]).toMatch(/^\[course\] uncaught promise rejection: SyntaxError/);
  });

  it('stops a flood of short lines at the line cap, long before the byte cap', { timeout: T }, async () => {
    const result = await collect(run(`for (;;) console.log();`, { limits: { outputCapLines: 5000 } }));
    expect(result.exit.reason).toBe('output-limit');
    expect(result.exit.message).toMatch(/more than 5,000 lines/);
    expect(result.lines).toHaveLength(5000);
  });

  it('loses no output when the program calls process.exit() right after printing', { timeout: T }, async () => {
    const result = await collect(run(`for (let i = 0; i < 20000; i++) console.log(i);\nprocess.exit(0);`));
    expect(result.stdout).toHaveLength(20000);
    expect(result.stdout[19999]).toBe('19999');
  });

  it('explains running out of memory in plain words', { timeout: T }, async () => {
    const result = await collect(
      run(`const keep = []; for (;;) keep.push({ n: Math.random() });`, { limits: { maxOldSpaceMb: 32 } }),
    );
    expect(result.exit.reason).toBe('exited');
    expect(result.exit.code).not.toBe(0);
    expect(result.exit.message).toMatch(/ran out of memory \(the limit is 32 MB\)/);
  });

  it('stops a fork storm and leaves no process of its group behind', { timeout: T }, async () => {
    const storm = `import { fork } from 'node:child_process';
const depth = Number(process.argv[2] ?? '0');
if (depth === 0) console.log(process.pid);
// Bounded (at most 127 processes) so a broken limit cannot take the machine down.
if (depth < 6) for (let i = 0; i < 2; i++) fork(new URL('./main.ts', import.meta.url), [String(depth + 1)]);
setInterval(() => {}, 1000);`;
    const result = await collect(run(storm, { limits: { maxProcesses: 8 }, sandbox: false }));
    const pid = Number(result.stdout[0]);
    pidsToCheck.push(pid);
    expect(result.exit.reason).toBe('process-limit');
    expect(result.exit.message).toMatch(/more than 8 processes/);
    expect(Number.isInteger(pid) && pid > 1).toBe(true);
    expect(listGroupMembers(pid)).toEqual([]);
  });

  it('kills a child left running after the main program ends, keeping the exit code', { timeout: T }, async () => {
    const files = {
      'main.ts': `import { fork } from 'node:child_process';
const child = fork(new URL('./child.ts', import.meta.url));
child.once('message', (pid) => {
  console.log('child', pid);
  child.disconnect();
  child.unref();
  process.exitCode = 2;
});`,
      'child.ts': `process.send?.(process.pid);
setInterval(() => {}, 1000);`,
    };
    const result = await collect(run(files, { sandbox: false }));
    const childPid = Number(result.stdout[0]?.split(' ')[1]);
    pidsToCheck.push(childPid);
    expect(result.exit).toMatchObject({ reason: 'orphans', code: 2 });
    expect(result.exit.message).toMatch(/left a child process running; it was stopped/);
    expect(isAlive(childPid)).toBe(false);
  });

  it('stop() ends a run quickly with reason "stopped", and is idempotent', { timeout: T }, async () => {
    const handle = run(`console.log('ready'); setInterval(() => {}, 1000);`);
    const events: RunEvent[] = [];
    let stoppedAt = 0;
    for await (const event of handle.events) {
      events.push(event);
      if (event.type === 'line' && event.text === 'ready') {
        stoppedAt = Date.now();
        handle.stop();
        handle.stop();
      }
    }
    const result = summarize(events);
    expect(result.exit.reason).toBe('stopped');
    expect(result.exit.message).toBe('Stopped before it finished.');
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(() => handle.stop()).not.toThrow();
  });

  it('stop() before the program starts ends the run without running it', { timeout: T }, async () => {
    const handle = run(`console.log('should not run')`);
    handle.stop();
    const result = await collect(handle);
    expect(result.exit.reason).toBe('stopped');
    expect(result.stdout).toEqual([]);
  });

  it('runs a worker_threads Worker and a fork() from the learner\u2019s .ts files unchanged', { timeout: T }, async () => {
    const files = {
      'main.ts': `import { Worker } from 'node:worker_threads';
import { fork } from 'node:child_process';
import { once } from 'node:events';
const worker = new Worker(new URL('./worker.ts', import.meta.url));
const [fromWorker] = await once(worker, 'message');
console.log('worker says', fromWorker);
await worker.terminate();
const child = fork(new URL('./child.ts', import.meta.url));
const [fromChild] = await once(child, 'message');
console.log('child says', fromChild);
await once(child, 'exit');
console.log('done');`,
      'worker.ts': `import { parentPort } from 'node:worker_threads';
interface Answer { value: number }
const answer: Answer = { value: 21 * 2 };
parentPort!.postMessage(answer.value);`,
      'child.ts': `const greeting: string = 'hello from a child';
process.send!(greeting, () => process.disconnect());`,
    };
    const result = await collect(run(files));
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toEqual(['worker says 42', 'child says hello from a child', 'done']);
    expect(result.exit).toMatchObject({ code: 0, reason: 'exited' });
  });

  it('supports top-level await in a file without imports', { timeout: T }, async () => {
    const result = await collect(run(`await new Promise((r) => setTimeout(r, 10));\nconsole.log('after await');`));
    expect(result.stdout).toEqual(['after await']);
    expect(result.exit.code).toBe(0);
  });

  it('keeps a package.json the learner sent', { timeout: T }, async () => {
    const result = await collect(
      run(
        { 'main.js': `const os = require('node:os'); console.log(typeof os.cpus);`, 'package.json': '{"type":"commonjs"}' },
        { entry: 'main.js' },
      ),
    );
    expect(result.stdout).toEqual(['function']);
  });

  it('refuses unsafe or too many files with an error exit', { timeout: T }, async () => {
    const cases: [FileMap, string, RegExp][] = [
      [{ '../evil.ts': '' }, '../evil.ts', /contains "\.\."/],
      [{ 'a/../../evil.ts': '' }, 'a/../../evil.ts', /contains "\.\."/],
      [{ '/etc/evil.ts': '' }, '/etc/evil.ts', /absolute path/],
      [{ 'a\\b.ts': '' }, 'a\\b.ts', /backslash/],
      [{ 'a\0b.ts': '' }, 'a\0b.ts', /NUL/],
      [{ 'main.ts': '' }, 'other.ts', /not among the files/],
      [Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}.ts`, ''])), 'f0.ts', /too many files/],
      [{ 'main.ts': 'x'.repeat(3 * 1024 * 1024) }, 'main.ts', /too large/],
    ];
    for (const [files, entry, pattern] of cases) {
      const result = await collect(startRun({ files, entry, timeLimitMs: 1000 }));
      expect(result.events).toHaveLength(1);
      expect(result.exit.reason).toBe('error');
      expect(result.exit.message).toMatch(/^Could not run your program: /);
      expect(result.exit.message).toMatch(pattern);
    }
    expect(existsSync('/etc/evil.ts')).toBe(false);
  });

  it('turns invalid UTF-8 into U+FFFD', { timeout: T }, async () => {
    const result = await collect(run(`process.stdout.write(Buffer.from([0xff, 0xfe, 0x41, 0x0a]));`));
    expect(result.stdout).toEqual(['\uFFFD\uFFFDA']);
  });

  it('gives the program the colour-off environment of every runtime, never the server’s FORCE_COLOR or NODE_OPTIONS', { timeout: T }, async () => {
    const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NODE_OPTIONS: process.env.NODE_OPTIONS };
    process.env.FORCE_COLOR = '3';
    process.env.NODE_OPTIONS = '--no-warnings';
    try {
      const result = await collect(
        run(`console.log(JSON.stringify([process.env.NO_COLOR, process.env.FORCE_COLOR ?? null, process.env.NODE_OPTIONS ?? null])); console.log({ a: 1 });`),
      );
      expect(result.stdout).toEqual(['["1","0",null]', '{ a: 1 }']);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('buffers events for a consumer that reads slowly', { timeout: T }, async () => {
    const handle = run(`for (let i = 0; i < 500; i++) console.log('line ' + i);`);
    await new Promise((r) => setTimeout(r, 1500)); // the program is long finished by now
    const events: RunEvent[] = [];
    for await (const event of handle.events) {
      events.push(event);
      if (events.length % 100 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    const result = summarize(events);
    expect(result.stdout).toHaveLength(500);
    expect(result.stdout[499]).toBe('line 499');
    expect(result.exit.reason).toBe('exited');
  });

  it('stops the program when the consumer stops reading', { timeout: T }, async () => {
    const handle = run(`console.log(process.pid, process.cwd()); setInterval(() => {}, 1000);`, { sandbox: false });
    let pid = 0;
    let cwd = '';
    for await (const event of handle.events) {
      if (event.type === 'line') {
        [pid, cwd] = [Number(event.text.split(' ')[0]), event.text.split(' ')[1] ?? ''];
        break;
      }
    }
    pidsToCheck.push(pid);
    expect(await waitFor(() => !isAlive(pid))).toBe(true);
    expect(cwd).toMatch(/course-run-/);
    expect(await waitFor(() => !existsSync(cwd))).toBe(true);
  });

  it('clamps time limits to 120 s', () => {
    expect(clampTimeLimit(10 * 60_000, 30_000)).toBe(120_000);
    expect(clampTimeLimit(undefined, 30_000)).toBe(30_000);
    expect(clampTimeLimit(Number.NaN, 30_000)).toBe(30_000);
    expect(clampTimeLimit(-5, 30_000)).toBe(30_000);
    expect(clampTimeLimit(1500, 30_000)).toBe(1500);
  });
});
