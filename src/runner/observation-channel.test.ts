/**
 * The observation channel with real processes (no mocks): a run through the local runner, whose
 * preload observes every process and worker the program starts.
 */
import { describe, expect, it } from 'vitest';
import { startRun } from './run-program.ts';
import { RunRecorder } from '../run-contract/capture.ts';
import type { CapturedRun, FileMap } from '../run-contract/events.ts';
import { parseObservations } from '../run-contract/observation/parse.ts';

const T = 60_000;

async function observe(files: FileMap | string): Promise<CapturedRun> {
  const map = typeof files === 'string' ? { 'main.ts': files } : files;
  const handle = startRun({ files: map, entry: 'main.ts', timeLimitMs: 30_000 });
  const recorder = new RunRecorder();
  for await (const event of handle.events) recorder.add(event);
  const run = recorder.result();
  if (!run) throw new Error('no exit event');
  return run;
}

const printEnv = `Object.keys(process.env).filter((k) => k.startsWith('COURSE')).join(',') || 'none'`;

describe('observation channel', () => {
  it('observes a forked child, a spawned node with an empty env, a worker, and a fork inside a fork', { timeout: T }, async () => {
    const run = await observe({
      'main.ts': `import { execFileSync, fork, spawn } from 'node:child_process';
import { Worker, threadId } from 'node:worker_threads';
const role = process.argv[2];
if (role === 'child') {
  console.log('child', process.pid, ${printEnv});
  if (process.argv[3] === 'nest') {
    const inner = fork(import.meta.filename, ['child']);
    await new Promise((r) => inner.on('exit', r));
  }
  process.exit(5);
}
console.log('main', process.pid, threadId, ${printEnv});
const c = fork(import.meta.filename, ['child', 'nest']);
await new Promise((r) => c.on('exit', r));
const s = spawn(process.execPath, ['-e', 'console.log("spawned", process.pid)'], { stdio: 'inherit', env: {} });
await new Promise((r) => s.on('exit', r));
const w = new Worker(new URL('./worker.ts', import.meta.url));
await new Promise((r) => w.on('exit', r));
console.log('synced', execFileSync(process.execPath, ['-e', 'console.log(process.pid)'], { env: {} }).toString().trim());
console.log('main done');
`,
      'worker.ts': `import { threadId } from 'node:worker_threads';
let x = 0;
for (let i = 0; i < 2e7; i++) x += i % 3;
console.log('worker', process.pid, threadId, ${printEnv}, x > 0);
`,
    });
    expect(run.exit).toMatchObject({ code: 0, reason: 'exited' });
    const observed = run.observed;
    if (!observed) throw new Error('no observations');
    const texts = run.lines.map((l) => l.text);
    // The secret never reaches the learner's environment, in any process or thread.
    expect(texts.filter((t) => / none( |$)/.test(t))).toHaveLength(4);
    expect(texts.join('\n')).not.toContain('COURSE');

    const mainPid = Number(texts.find((t) => t.startsWith('main '))?.split(' ')[1]);
    const childPids = texts.filter((t) => t.startsWith('child ')).map((t) => Number(t.split(' ')[1]));
    const spawnedPid = Number(texts.find((t) => t.startsWith('spawned '))?.split(' ')[1]);
    expect(childPids).toHaveLength(2);
    const byPid = new Map(observed.processes.map((p) => [p.pid, p]));
    expect(byPid.get(mainPid)).toMatchObject({ how: 'main', node: true, code: 0 });
    const [outer, inner] = childPids as [number, number];
    expect(byPid.get(outer)).toMatchObject({ how: 'fork', ppid: mainPid, node: true, code: 5 });
    expect(byPid.get(inner)).toMatchObject({ how: 'fork', ppid: outer, node: true, code: 5 });
    expect(byPid.get(spawnedPid)).toMatchObject({ how: 'spawn', ppid: mainPid, node: true, code: 0 });
    // A synchronous child is observed from inside (its pid is only known to itself).
    const syncPid = Number(texts.find((t) => t.startsWith('synced '))?.split(' ')[1]);
    expect(byPid.get(syncPid)).toMatchObject({ ppid: mainPid, node: true, code: 0 });
    expect(observed.workers).toEqual([expect.objectContaining({ pid: mainPid, threadId: 1, parentThread: 0, code: 0 })]);
    // CPU: the worker's busy loop shows on its thread, and in its process's total.
    const worker = observed.workers[0];
    expect(worker?.cpuMs).toBeGreaterThan(5);
    expect(byPid.get(mainPid)?.cpuMs).toBeGreaterThanOrEqual(worker?.cpuMs ?? Infinity);
    expect(byPid.get(mainPid)?.mainDoneAt).toBeLessThanOrEqual(byPid.get(mainPid)?.exitedAt ?? -1);

    // Each line was written once, by the process or thread that printed it (a worker's line is not
    // counted again when its parent relays it), before it arrived.
    for (const line of run.lines) {
      const writes = observed.writes.filter((w) => w.text === `${line.text}\n`);
      expect(writes, line.text).toHaveLength(1);
      expect(writes[0]?.t).toBeLessThanOrEqual(line.t);
    }
    const workerWrite = observed.writes.find((w) => w.text.startsWith('worker '));
    expect(workerWrite).toMatchObject({ pid: mainPid, thread: 1 });
    expect(observed.writes.find((w) => w.text.startsWith('spawned '))?.pid).toBe(spawnedPid);
    expect(observed.rejected).toBe(0);
  });

  it('cannot be faked by printing or by appending to the record file, and never shows in Output', { timeout: T }, async () => {
    // The record file is where the program can find it: in its folder, or bound into the sandbox.
    const run = await observe(`import { existsSync, readdirSync, appendFileSync, readFileSync } from 'node:fs';
const local = readdirSync('.').find((f) => f.startsWith('.course-observed-'));
const file = local ? local + '/records.log' : '/tmp/.course-observed/records.log';
if (!existsSync(file)) throw new Error('no record file at ' + file);
const real = readFileSync(file, 'utf8').split('\\n')[0];
const forged = real.replace(/"pid":\\d+/, '"pid":4242');
console.log(forged);
process.stderr.write(forged + '\\n');
appendFileSync(file, forged + '\\n');
appendFileSync(file, '0123456789abcdef0123456789abcdef {"k":"start","pid":4343,"thread":0,"t":1,"ppid":1,"main":true}\\n');
console.log('end');
`);
    const observed = run.observed;
    if (!observed) throw new Error('no observations');
    expect(run.exit).toMatchObject({ code: 0, reason: 'exited' });
    expect(observed.processes.map((p) => p.pid)).not.toContain(4242);
    expect(observed.processes.map((p) => p.pid)).not.toContain(4343);
    expect(observed.processes).toHaveLength(1);
    expect(observed.rejected).toBe(2);
    // Output holds exactly what the program printed: the forged text, and no record of the runtime's.
    const stdout = run.lines.filter((l) => l.stream === 'stdout').map((l) => l.text);
    const stderr = run.lines.filter((l) => l.stream === 'stderr').map((l) => l.text);
    expect(stdout).toEqual([expect.stringContaining('"pid":4242'), 'end']);
    expect(stderr).toEqual([expect.stringContaining('"pid":4242')]);
  });

  it('records timers with their delays and when they fired', { timeout: T }, async () => {
    const run = await observe(`import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
await Promise.all([sleep(200), new Promise((r) => setTimeout(r, 300)), promisify(setTimeout)(100)]);
setTimeout(() => {}, 5);
`);
    const timers = run.observed?.timers ?? [];
    expect(timers.map((t) => t.ms).sort((a, b) => a - b)).toEqual([100, 200, 300]);
    for (const timer of timers) expect((timer.firedAt ?? 0) - timer.setAt).toBeGreaterThanOrEqual(timer.ms - 1);
  });

  it('rejects records signed with another secret', async () => {
    const observed = await parseObservations('0123456789abcdef0123456789abcdef {"k":"start","pid":1,"thread":0,"t":1,"ppid":0,"main":true}\nnot a record\n', 'secret');
    expect(observed).toMatchObject({ processes: [], rejected: 2 });
  });
});
