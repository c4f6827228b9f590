import { describe, expect, test } from 'vitest';
import coroutines from '../lessons/__fixtures__/content/coroutines/checks.ts';
import { grade } from './grade.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';
import type { Check } from './types.ts';

const start = (name: string, seconds: number, pid = 4242, thread = 0) =>
  `task ${name} started (pid ${pid}, thread ${thread}), waiting ${seconds} s`;
const end = (name: string, pid = 4242, thread = 0) => `task ${name} finished (pid ${pid}, thread ${thread})`;

// Line times below are what real runs of each program looked like (ms since process start).
const concurrent: RecordedLine[] = [
  [180, start('A', 2)],
  [181, start('B', 3)],
  [2183, end('A')],
  [3184, end('B')],
  [3186, 'main: both tasks done after 3.00 s'],
];
const sequential: RecordedLine[] = [
  [180, start('A', 2)],
  [2182, end('A')],
  [2183, start('B', 3)],
  [5185, end('B')],
  [5186, 'main: both tasks done after 5.01 s'],
];

function statuses(lines: RecordedLine[], exit = {}) {
  const report = grade(coroutines.checks, recordedRun(lines, exit));
  return Object.fromEntries(report.results.map((r) => [r.id, r.status]));
}

function result(lines: RecordedLine[], id: string, exit = {}) {
  const found = grade(coroutines.checks, recordedRun(lines, exit)).results.find((r) => r.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

describe('coroutines lesson checks', () => {
  test('a concurrent run passes every check', () => {
    const report = grade(coroutines.checks, recordedRun(concurrent));
    expect(report.results.filter((r) => r.status !== 'pass')).toEqual([]);
    expect(report.passed).toBe(true);
  });

  test('awaiting one task after the other fails overlap and total time, and says what to change', () => {
    expect(statuses(sequential)).toMatchObject({ 'tasks-overlap': 'fail', 'total-time': 'fail', 'one-process': 'pass', 'exit-code': 'pass' });
    const overlap = result(sequential, 'tasks-overlap');
    expect(overlap.message).toContain('Task B started only after task A ended');
    expect(overlap.message).toContain('ran one after the other');
    expect(overlap.message).toContain('Start both tasks before awaiting either');
    expect(result(sequential, 'total-time').message).toContain('about the sum');
  });

  test('a task that starts in the same millisecond as the other ends still counts as one after the other', () => {
    // Real runs print B's start line in the same tick as A's end line: one chunk, one timestamp.
    const sameTick: RecordedLine[] = [
      [180, start('A', 2)],
      [2183, end('A')],
      [2183, start('B', 3)],
      [5185, end('B')],
      [5186, 'main: both tasks done after 5.01 s'],
    ];
    expect(result(sameTick, 'tasks-overlap').status).toBe('fail');
  });

  test('a forgotten await reports before the tasks end and fails the waiting check', () => {
    const forgotten: RecordedLine[] = [
      [180, start('A', 2)],
      [181, start('B', 3)],
      [182, 'main: both tasks done after 0.00 s'],
      [2183, end('A')],
      [3184, end('B')],
    ];
    const check = result(forgotten, 'waits-for-tasks');
    expect(check.status).toBe('fail');
    expect(check.message).toContain('before task A and B finished');
  });

  test('a run that is late by up to 600 ms still passes; later than that fails', () => {
    const late = (ms: number): RecordedLine[] => [
      [100, start('A', 2)],
      [100, start('B', 3)],
      [2100 + ms, end('A')],
      [3100 + ms, end('B')],
      [3101 + ms, 'main: both tasks done'],
    ];
    expect(result(late(550), 'total-time').status).toBe('pass');
    expect(result(late(700), 'total-time').status).toBe('fail');
  });

  test('a first line stamped up to 0.15 s late still passes; a run clearly shorter than the longest task fails', () => {
    const early = (ms: number): RecordedLine[] => [
      [100, start('A', 2)],
      [100, start('B', 3)],
      [2100 - ms, end('A')],
      [3100 - ms, end('B')],
      [3101 - ms, 'main: both tasks done'],
    ];
    expect(result(early(120), 'total-time').status).toBe('pass');
    expect(result(early(250), 'total-time').status).toBe('fail');
  });

  test('a run shorter than the longest task fails: the tasks did not really wait', () => {
    const short: RecordedLine[] = [
      [100, start('A', 2)],
      [100, start('B', 3)],
      [150, end('A')],
      [160, end('B')],
      [170, 'main: both tasks done'],
    ];
    expect(result(short, 'total-time').message).toContain('shorter than the longest task');
  });

  test('different pids or threads fail the one-process and one-thread checks', () => {
    const split: RecordedLine[] = [
      [180, start('A', 2, 10, 1)],
      [181, start('B', 3, 11, 2)],
      [2183, end('A', 10, 1)],
      [3184, end('B', 11, 2)],
      [3186, 'main: both tasks done'],
    ];
    expect(result(split, 'one-process').message).toContain('A → 10, B → 11');
    expect(result(split, 'one-thread').status).toBe('fail');
  });

  test('a crash midway fails with the exit code and the last stderr line', () => {
    const crash: RecordedLine[] = [
      [180, start('A', 2)],
      [181, start('B', 3)],
      [2183, 'Error: boom', 'stderr'],
    ];
    const report = grade(coroutines.checks, recordedRun(crash, { code: 1 }));
    const exit = report.results.find((r) => r.id === 'exit-code');
    expect(exit?.status).toBe('fail');
    expect(exit?.message).toContain('code 1');
    expect(exit?.message).toContain('Error: boom');
    expect(report.results.find((r) => r.id === 'tasks-finish')?.message).toContain('Tasks A and B started but never printed their end lines');
    expect(report.results.find((r) => r.id === 'no-stderr')?.status).toBe('fail');
  });

  test('a timed-out run passes on the runtime’s explanation', () => {
    const report = grade(coroutines.checks, recordedRun([[180, start('A', 2)]], { code: null, signal: 'SIGKILL', reason: 'timeout', message: 'Stopped after 30 s.' }));
    expect(report.results.find((r) => r.id === 'exit-code')?.message).toBe('Stopped after 30 s.');
    expect(report.passed).toBe(false);
  });

  test('ANSI colour codes do not stop lines from matching', () => {
    const coloured = concurrent.map(([t, text]) => [t, `\u001b[32m${text}\u001b[39m`] as RecordedLine);
    expect(grade(coroutines.checks, recordedRun(coloured)).passed).toBe(true);
  });

  test('on a merged stream, the stderr check is undecided rather than guessed', () => {
    const report = grade(coroutines.checks, recordedRun(concurrent, {}, true));
    expect(report.results.find((r) => r.id === 'no-stderr')?.status).toBe('undecided');
    expect(report.results.filter((r) => r.id !== 'no-stderr').every((r) => r.status === 'pass')).toBe(true);
    expect(report.passed).toBe(false);
  });

  test('missing lines are named in the failure', () => {
    const missing: RecordedLine[] = [[180, start('A', 2)], [2183, end('A')]];
    expect(result(missing, 'tasks-finish').message).toContain('No start line from task B');
  });
});

describe('grade()', () => {
  test('a check that throws is undecided and blames the check, not the learner', () => {
    const broken: Check = {
      id: 'broken',
      title: 'Broken',
      evaluate() {
        throw new Error('bad regex');
      },
    };
    const report = grade([broken], recordedRun(concurrent));
    expect(report.results[0]).toMatchObject({ status: 'undecided' });
    expect(report.results[0]?.message).toContain('bad regex');
  });

  test('no checks never counts as passed', () => {
    expect(grade([], recordedRun(concurrent)).passed).toBe(false);
  });
});
