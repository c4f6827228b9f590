import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExitEvent, LineEvent, RunEvent, RunRequest } from '../../run-contract/events.ts';
import type { RunHandle } from '../runtime.ts';
import { ContainerHost } from './boot.ts';
import { FAKE_NODE_VERSION, FakeProcess, FakeWebContainerApi, type SpawnHandler, defaultNode } from '../../../test-support/fake-webcontainer.ts';
import { WebContainerRuntime, type WebContainerRuntimeOptions } from './webcontainer-runtime.ts';

/** A runtime on the FAKE @webcontainer/api; `learner` decides what the learner's `node main.ts` does. */
function setup(learner: SpawnHandler, options: WebContainerRuntimeOptions = {}, api = new FakeWebContainerApi()) {
  api.onSpawn = (p) => (p.args.includes('--version') || p.args.some((a) => a.includes('probe')) ? defaultNode(p) : learner(p));
  const host = new ContainerHost({ loadApi: async () => api, reachable: async () => true, bootTimeoutMs: 200, setupTimeoutMs: 1000, apiKey: undefined });
  const runtime = new WebContainerRuntime(host, { killGraceMs: 100, drainMs: 20, ...options });
  return { api, host, runtime };
}

const request = (files: Record<string, string> = { 'main.ts': 'console.log(1)' }, timeLimitMs = 5000): RunRequest => ({ files, entry: 'main.ts', timeLimitMs });

async function collect(handle: RunHandle) {
  const events: RunEvent[] = [];
  for await (const event of handle.events) events.push(event);
  const exits = events.filter((e): e is ExitEvent => e.type === 'exit');
  expect(exits).toHaveLength(1);
  expect(events.at(-1)?.type).toBe('exit');
  return { events, lines: events.filter((e): e is LineEvent => e.type === 'line'), exit: exits[0] as ExitEvent };
}

/** Resolves with each learner process as it is spawned. */
function processes() {
  const waiting: ((p: FakeProcess) => void)[] = [];
  const seen: FakeProcess[] = [];
  const handler: SpawnHandler = (p) => {
    seen.push(p);
    waiting.shift()?.(p);
  };
  const next = () => new Promise<FakeProcess>((resolve) => (seen.length > used ? resolve(seen[used++] as FakeProcess) : waiting.push((p) => (used++, resolve(p)))));
  let used = 0;
  return { handler, next };
}

describe('WebContainerRuntime (against the FAKE @webcontainer/api)', () => {
  it('spawns node with the type-stripping flags, the preload and the entry, in the lesson folder, without colours', async () => {
    const { api, runtime } = setup((p) => queueMicrotask(() => p.exitWith(0)));
    await collect(runtime.run(request({ 'main.ts': 'x', 'lib/a.ts': 'y' })));
    const run = api.last.runs[0];
    expect(run?.command).toBe('node');
    expect(run?.args).toEqual(['--import=/home/course/.course/preload.mjs', '--', 'main.ts']);
    expect(run?.options).toMatchObject({ cwd: 'lesson', env: { NO_COLOR: '1', FORCE_COLOR: '0', COURSE_OBSERVE: expect.any(String) } });
    expect(api.last.files.get('lesson/lib/a.ts')).toBe('y');
    expect(api.last.files.get('lesson/package.json')).toBe('{"type":"module"}\n');
  });

  it('streams the merged output as lines, ANSI kept, timed from the spawn, then the exit code', async () => {
    let clock = 1000;
    const { runtime } = setup(
      (p) => {
        queueMicrotask(async () => {
          clock = 1010;
          p.print('\u001b[32mtask A\u001b[0m started\r\n');
          await new Promise((r) => setTimeout(r, 5));
          clock = 1250;
          p.print('oops from stderr\r\nno newline');
          await new Promise((r) => setTimeout(r, 5));
          clock = 1300;
          p.exitWith(3);
        });
      },
      { now: () => clock },
    );
    const { events, lines, exit } = await collect(runtime.run(request()));
    expect(events[0]).toEqual({ type: 'start', runtime: 'webcontainer', nodeVersion: FAKE_NODE_VERSION, merged: true });
    expect(lines).toEqual([
      { type: 'line', stream: 'merged', text: '\u001b[32mtask A\u001b[0m started', t: 10 },
      { type: 'line', stream: 'merged', text: 'oops from stderr', t: 250 },
      { type: 'line', stream: 'merged', text: 'no newline', t: 300, partial: true },
    ]);
    expect(exit).toEqual({ type: 'exit', code: 3, signal: null, reason: 'exited', durationMs: 300 });
  });

  it('kills the program at the lesson time limit, with the local runtime’s message', async () => {
    const { api, runtime } = setup((p) => p.print('spinning\n'));
    const { exit, lines } = await collect(runtime.run(request(undefined, 200)));
    expect(lines.map((l) => l.text)).toEqual(['spinning']);
    expect(exit).toMatchObject({ reason: 'timeout', code: 130, message: 'Stopped after 0.2 s: the time limit for this lesson. Is there a loop that never ends, or a promise nobody resolves?' });
    expect(api.last.runs[0]?.kills).toBe(1);
  });

  it('stops at the output cap in bytes and in lines', async () => {
    const flood: SpawnHandler = (p) => queueMicrotask(() => p.print('x'.repeat(50) + '\n'.repeat(50)));
    const bytes = await collect(setup(flood, { caps: { bytes: 40 } }).runtime.run(request()));
    expect(bytes.exit.reason).toBe('output-limit');
    expect(bytes.exit.message).toContain('printed more than 40 bytes of output');
    const lines = await collect(setup(flood, { caps: { lines: 10 } }).runtime.run(request()));
    expect(lines.exit.reason).toBe('output-limit');
    expect(lines.exit.message).toContain('printed more than 10 lines');
    expect(lines.lines).toHaveLength(10);
  });

  it('Stop kills the process: one exit, reason "stopped"', async () => {
    const procs = processes();
    const { runtime } = setup(procs.handler);
    const handle = runtime.run(request());
    const p = await procs.next();
    handle.stop();
    const { exit } = await collect(handle);
    expect(p.kills).toBe(1);
    expect(exit).toMatchObject({ reason: 'stopped', message: 'Stopped before it finished.' });
  });

  it('a new Run kills the previous one first, and writes only what changed', async () => {
    const procs = processes();
    const { api, runtime } = setup(procs.handler);
    const first = runtime.run(request({ 'main.ts': 'one', 'util.ts': 'u' }));
    const firstDone = collect(first);
    const p1 = await procs.next();
    const second = runtime.run(request({ 'main.ts': 'two', 'util.ts': 'u' }));
    expect((await firstDone).exit.reason).toBe('stopped');
    expect(p1.kills).toBe(1);
    const p2 = await procs.next();
    expect(api.last.fs.log.filter((entry) => !entry.includes('.course/.course-observed-'))).toEqual(['write lesson/main.ts']);
    p2.exitWith(0);
    expect((await collect(second)).exit).toMatchObject({ reason: 'exited', code: 0 });
  });

  it('when kill() does not end it (a worker spinning in the browser), tears down, boots again and says so', async () => {
    const procs = processes();
    const { api, host, runtime } = setup(procs.handler);
    const handle = runtime.run(request());
    const p = await procs.next();
    p.ignoreKill = true;
    handle.stop();
    const { exit } = await collect(handle);
    expect(exit.reason).toBe('stopped');
    expect(exit.code).toBeNull();
    expect(exit.message).toContain('Node in your browser was restarted');
    expect(api.containers[0]?.tornDown).toBe(true);
    // The next run gets a fresh container, with every file mounted again.
    const next = runtime.run(request());
    const p2 = await procs.next();
    expect(api.bootCalls).toBe(2);
    expect(host.state.phase).toBe('ready');
    expect(api.last.mounts.map((m) => m.mountPoint)).toEqual([undefined, 'lesson']);
    p2.exitWith(0);
    expect((await collect(next)).exit.reason).toBe('exited');
  });

  it('a boot that fails or times out ends the run with the reason, never a hang', async () => {
    const failing = setup(() => {}, {}, new FakeWebContainerApi(new Error('boom')));
    const failed = await collect(failing.runtime.run(request()));
    expect(failed.exit).toMatchObject({ reason: 'error', code: null });
    expect(failed.exit.message).toContain('boom');
    const hanging = setup(() => {}, {}, new FakeWebContainerApi('hang'));
    const timedOut = await collect(hanging.runtime.run(request()));
    expect(timedOut.exit.reason).toBe('error');
    expect(timedOut.exit.message).toContain('did not start within');
    expect(timedOut.events).toHaveLength(1);
  });

  it('Stop while Node is still booting ends the run at once', async () => {
    const { runtime } = setup(() => {}, {}, new FakeWebContainerApi('hang'));
    const handle = runtime.run(request());
    setTimeout(() => handle.stop(), 10);
    const { exit } = await collect(handle);
    expect(exit).toMatchObject({ reason: 'stopped', durationMs: 0 });
  });

  it('refuses bad files the way the local runner does', async () => {
    const { runtime } = setup(() => {});
    const { exit } = await collect(runtime.run({ files: { '../x.ts': '' }, entry: '../x.ts', timeLimitMs: 1000 }));
    expect(exit.reason).toBe('error');
    expect(exit.message).toMatch(/^Could not run your program: .*"\.\."/);
  });

  it('observes through a record file in the container: typed observations, nothing in Output, the file removed', async () => {
    const { api, runtime } = setup((p) => {
      queueMicrotask(async () => {
        // What the preload would do: sign records with the run's secret and append them to the file.
        const config = JSON.parse(String(p.options?.env?.COURSE_OBSERVE)) as { s: string; f: string };
        expect(config.f.startsWith('/home/course/.course/')).toBe(true);
        const relative = config.f.slice('/home/course/'.length);
        const sign = (record: object) => {
          const json = JSON.stringify(record);
          return `${createHmac('sha256', config.s).update(json).digest('hex').slice(0, 32)} ${json}\n`;
        };
        const files = api.last.files;
        files.set(relative, sign({ k: 'start', pid: 7, thread: 0, t: 1, ppid: 1, main: true }) + sign({ k: 'w', pid: 7, thread: 0, t: 2, fd: 1, x: 'hello\n' }));
        p.print('hello\r\n');
        // A forged record printed to the merged stream is only text; appended unsigned, it is rejected.
        p.print(`${sign({ k: 'start', pid: 9, thread: 0, t: 3, ppid: 1, main: true }).slice(0, 10)}forged\r\n`);
        files.set(relative, (files.get(relative) ?? '') + 'ffffffffffffffffffffffffffffffff {"k":"start","pid":9,"thread":0,"t":3,"ppid":1,"main":true}\n' + sign({ k: 'exit', pid: 7, thread: 0, t: 5, code: 0, cpu: { user: 3000, system: 1000 } }));
        p.exitWith(0);
      });
    });
    const { events, lines } = await collect(runtime.run(request()));
    expect(lines.map((l) => l.text)).toEqual(['hello', expect.stringContaining('forged')]);
    const observed = events.find((e) => e.type === 'observed');
    expect(events.at(-2)).toBe(observed);
    if (observed?.type !== 'observed') throw new Error('no observed event');
    expect(observed.observed.processes).toEqual([expect.objectContaining({ pid: 7, how: 'main', code: 0, cpuMs: 4 })]);
    expect(observed.observed.writes).toEqual([{ pid: 7, thread: 0, stream: 'stdout', t: 2, text: 'hello\n' }]);
    expect(observed.observed.rejected).toBe(1);
    expect([...api.last.files.keys()].filter((f) => f.includes('observed'))).toEqual([]);
  });

  it('a record file the program removed gives empty observations, not none', async () => {
    const { runtime } = setup((p) => queueMicrotask(() => p.exitWith(0)));
    const { events } = await collect(runtime.run(request()));
    expect(events.find((e) => e.type === 'observed')).toMatchObject({ observed: { processes: [], writes: [], rejected: 0 } });
  });
});
