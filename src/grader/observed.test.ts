/** Checks on recorded runs WITH observations (and the same checks on runs without them). */
import { describe, expect, test } from 'vitest';
import { grade } from './grade.ts';
import { blindWhen, cpuTime, followsEnds, printsLine, taskSet, type Check } from './index.ts';
import { viewRun } from './run-view.ts';
import { observedRun, type ObservedLine, type ObservedParts } from '../../test-support/grader/observed-run.ts';
import { recordedRun } from '../../test-support/grader/recorded-run.ts';
import type { CapturedRun } from '../run-contract/events.ts';

function verdictOf(check: Check, run: CapturedRun) {
  const result = grade([check], run).results[0];
  if (!result) throw new Error('no result');
  return result;
}
const observed = (check: Check, lines: ObservedLine[], parts?: ObservedParts) => verdictOf(check, observedRun(lines, parts));

const tasks = taskSet({
  kind: 'coroutine',
  start: /^task (?<task>\w+) started \(pid (?<pid>\d+), thread (?<thread>\d+)\), waiting (?<seconds>\d+) s$/,
  end: /^task (?<task>\w+) finished$/,
  expected: ['A', 'B'],
});

/** A right answer's lines: written at 0, 0, 2 s and 3 s, in process 100 on its main thread. */
const right = (arrivals: [number, number, number, number], pid = 100, thread = 0): ObservedLine[] => [
  { arrived: arrivals[0], written: 0, text: `task A started (pid ${pid}, thread ${thread}), waiting 2 s` },
  { arrived: arrivals[1], written: 0.2, text: `task B started (pid ${pid}, thread ${thread}), waiting 3 s` },
  { arrived: arrivals[2], written: 2001, text: 'task A finished' },
  { arrived: arrivals[3], written: 3002, text: 'task B finished' },
];
const rightTimers = [
  { pid: 100, thread: 0, ms: 2000, setAt: 0.1, firedAt: 2001 },
  { pid: 100, thread: 0, ms: 3000, setAt: 0.3, firedAt: 3002 },
];

describe('lines timed where they were written', () => {
  test('a first line that arrived late no longer shortens the total', () => {
    // As seen with many runs at once: the start lines reached the runner 400 ms late.
    const late: [number, number, number, number] = [400, 400, 2001, 3003];
    const total = tasks.totalNearLongest();
    expect(observed(total, right(late))).toMatchObject({ status: 'pass', message: expect.stringContaining('took 3.00 s') });
    // The same arrivals without observations: judged on arrival times, as before.
    const unobserved = recordedRun(right(late).map((l) => [l.arrived, l.text]));
    expect(verdictOf(total, unobserved)).toMatchObject({ status: 'fail', message: expect.stringContaining('took 2.60 s') });
  });

  test('lines are ordered by when they were written, and know their writer', () => {
    // A worker's line relayed through its parent arrives after the parent's later line.
    const view = viewRun(
      observedRun([
        { arrived: 10, written: 9, text: 'main: later' },
        { arrived: 11, written: 5, text: 'worker: earlier', thread: 1 },
      ]),
    );
    expect(view.lines.map((l) => [l.text, l.index, l.writer?.thread])).toEqual([
      ['worker: earlier', 0, 1],
      ['main: later', 1, 0],
    ]);
  });

  test('a line no write matches keeps its arrival time, moved by the typical delay', () => {
    const run = observedRun(right([5, 5, 2005, 3005]));
    run.lines.push({ type: 'line', stream: 'stdout', text: 'written around the preload', t: 4005 });
    const view = viewRun(run);
    const extra = view.lines.find((l) => l.text === 'written around the preload');
    expect(extra?.writer).toBeUndefined();
    expect(Math.abs((extra?.t ?? 0) - 4000)).toBeLessThan(5);
    expect(view.lines.at(-1)?.text).toBe('written around the preload');
  });
});

describe('printed ids against the processes and threads that existed', () => {
  const onePid = tasks.same('pid', { title: 'one process' });
  const oneThread = tasks.same('thread', { title: 'one thread' });

  test('real ids pass', () => {
    expect(observed(onePid, right([0, 0, 2000, 3000]))).toMatchObject({ status: 'pass' });
    expect(observed(oneThread, right([0, 0, 2000, 3000]))).toMatchObject({ status: 'pass' });
  });

  test('an invented pid fails and says what to print instead', () => {
    const verdict = observed(onePid, right([0, 0, 2000, 3000], 4242));
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain('Task A reported pid 4242');
    expect(verdict.message).toContain('no process with that id ran in this program');
    expect(verdict.message).toContain('process.pid');
  });

  test('a thread id no worker had fails; a worker that existed passes', () => {
    const lines = right([0, 0, 2000, 3000], 100, 1);
    expect(observed(oneThread, lines)).toMatchObject({ status: 'fail', message: expect.stringContaining('no thread with that id ran') });
    // Written on that worker's thread: passes.
    const onWorker = lines.map((l) => ({ ...l, thread: 1 }));
    expect(observed(oneThread, onWorker, { workers: [{ pid: 100, threadId: 1, parentThread: 0, startedAt: 0, exitedAt: 3100 }] })).toMatchObject({ status: 'pass' });
  });

  test("a real thread id printed from another thread fails: the line must be written by the thread it names", () => {
    // Coroutines on the main thread that call themselves "thread 1" while a worker 1 happens to exist.
    const lines = right([0, 0, 2000, 3000], 100, 1);
    expect(observed(oneThread, lines, { workers: [{ pid: 100, threadId: 1, parentThread: 0, startedAt: 0, exitedAt: 3100 }] })).toMatchObject({
      status: 'fail',
      message: expect.stringContaining("Task A's start line says thread 1, but it was written by thread 0"),
    });
  });

  test('without observations the printed ids are judged as printed, as before', () => {
    const unobserved = recordedRun(right([0, 0, 2000, 3000], 4242).map((l) => [l.arrived, l.text]));
    expect(verdictOf(onePid, unobserved)).toMatchObject({ status: 'pass' });
  });
});

describe('waits as reported', () => {
  const waits = tasks.waitsAsReported();

  test("each task's own wait, started when it starts, passes", () => {
    expect(observed(waits, right([0, 0, 2000, 3000]), { timers: rightTimers })).toMatchObject({ status: 'pass' });
  });

  test('the lines printed on a schedule of their own (2 s, then 1 s more) fail, naming the missing wait', () => {
    const timers = [
      { pid: 100, thread: 0, ms: 2000, setAt: 0.3, firedAt: 2001 },
      { pid: 100, thread: 0, ms: 1000, setAt: 2001.2, firedAt: 3002 },
    ];
    const verdict = observed(waits, right([0, 0, 2000, 3000]), { timers });
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain('No wait of the reported length started when task B (3.00 s) started');
    expect(verdict.message).toContain('1.00 s at 2.00 s');
  });

  test('a run without observations passes on its output, and says so', () => {
    const unobserved = recordedRun(right([0, 0, 2000, 3000]).map((l) => [l.arrived, l.text]));
    expect(verdictOf(waits, unobserved)).toMatchObject({ status: 'pass', message: expect.stringContaining('only the printed output was judged') });
  });
});

describe('observed CPU time', () => {
  const check = cpuTime({ title: 'the work was done in workers', claimed: /^step took (?<ms>\d+) ms$/, where: 'workers' });
  const lines: ObservedLine[] = [
    { arrived: 0, written: 0, text: 'step took 400 ms' },
    { arrived: 1, written: 1, text: 'step took 400 ms' },
  ];
  const worker = (cpuMs: number) => ({ pid: 100, threadId: 1, parentThread: 0, startedAt: 0, exitedAt: 900, cpuMs });

  test('claimed work the workers really did passes', () => {
    expect(observed(check, lines, { workers: [worker(350), { ...worker(360), threadId: 2 }] })).toMatchObject({ status: 'pass' });
  });

  test('claimed work with almost no CPU behind it fails, with both figures', () => {
    const verdict = observed(check, lines, { workers: [worker(3)] });
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain('reported 800 ms of work; its worker threads used 3 ms of CPU time');
  });

  test('work done on the main thread does not count for the workers', () => {
    expect(observed(check, lines, { processes: [{ cpuMs: 900, mainThreadCpuMs: 880 }] }).status).toBe('fail');
  });

  test('without observations it passes on the output, and says so', () => {
    expect(verdictOf(check, recordedRun([[0, 'step took 400 ms']])).message).toContain('did not observe');
  });

  test('a worker that was killed (no CPU figure) cannot decide', () => {
    const killed = { pid: 100, threadId: 1, parentThread: 0, startedAt: 0 };
    expect(observed(check, lines, { workers: [killed] }).status).toBe('undecided');
  });
});

describe('report lines follow the ends they report', () => {
  const check = followsEnds(/^speed-up/, { title: 'the report follows the workers', of: 'workers', atLeast: 2 });
  const workers = [
    { pid: 100, threadId: 1, parentThread: 0, startedAt: 10, exitedAt: 820, lastPostAt: 800 },
    { pid: 100, threadId: 2, parentThread: 0, startedAt: 11, exitedAt: 830, lastPostAt: 810 },
  ];

  test('a report written after both workers posted their results passes', () => {
    expect(observed(check, [{ arrived: 0, written: 815, text: 'speed-up 1.9×' }], { workers })).toMatchObject({ status: 'pass' });
  });

  test('a report written while the workers still ran (an un-awaited Promise.all) fails', () => {
    const verdict = observed(check, [{ arrived: 0, written: 12, text: 'speed-up 0.00×' }], { workers });
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain('before all 2 workers had finished');
    expect(verdict.message).toContain('Wait for every worker before reporting');
  });

  test('a report with no workers behind it fails', () => {
    expect(observed(check, [{ arrived: 0, written: 12, text: 'speed-up 2.00×' }]).message).toContain('no worker ran');
  });
});

describe('could not decide where randomness blinds a check', () => {
  const results = taskSet({ kind: 'coroutine', start: /^start (?<task>\w)/, end: /^end (?<task>\w)/, expected: ['a', 'b', 'c'] });
  const inOrder = blindWhen(printsLine(/^results: a, b, c$/, { title: 'results in input order' }), (view) => results.finishOrderBlind(view));
  const run = (ends: string[]) => recordedRun([[0, 'start a'], [0, 'start b'], [0, 'start c'], ...ends.map((t, i): [number, string] => [100 * (i + 1), `end ${t}`]), [400, 'results: a, b, c']]);

  test('a run whose tasks finished in input order cannot decide', () => {
    expect(verdictOf(inOrder, run(['a', 'b', 'c']))).toMatchObject({ status: 'undecided', message: expect.stringContaining('happened to finish in the order they were given') });
  });

  test('a run whose tasks finished in another order decides', () => {
    expect(verdictOf(inOrder, run(['c', 'a', 'b'])).status).toBe('pass');
  });
});
