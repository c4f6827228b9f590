import { describe, expect, test } from 'vitest';
import { grade } from './grade.ts';
import {
  exitsWith,
  itemsInOrder,
  noUncaughtRejection,
  printsLines,
  printsValue,
  ratioToBaseline,
  taskSet,
  type Check,
} from './index.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';

function verdict(check: Check, lines: RecordedLine[], exit = {}) {
  const result = grade([check], recordedRun(lines, exit)).results[0];
  if (!result) throw new Error('no result');
  return result;
}

const jobs = taskSet({
  kind: 'coroutine',
  start: /^start (?<task>\d+)/,
  end: /^end (?<task>\d+)/,
  expected: ['1', '2', '3', '4'],
});

describe('concurrency limit', () => {
  const limited: RecordedLine[] = [
    [0, 'start 1'],
    [0, 'start 2'],
    [1000, 'end 1'],
    [1000, 'start 3'],
    [2000, 'end 2'],
    [2000, 'start 4'],
    [3000, 'end 3'],
    [3000, 'end 4'],
  ];

  test('two at a time passes max 2 and min 2', () => {
    expect(verdict(jobs.concurrency({ max: 2, min: 2 }), limited).status).toBe('pass');
  });

  test('all four at once fails max 2 and says how many ran', () => {
    const all: RecordedLine[] = [[0, 'start 1'], [0, 'start 2'], [0, 'start 3'], [0, 'start 4'], [1000, 'end 1'], [1000, 'end 2'], [1000, 'end 3'], [1000, 'end 4']];
    const result = verdict(jobs.concurrency({ max: 2 }), all);
    expect(result.status).toBe('fail');
    expect(result.message).toContain('4 tasks were running at once');
  });

  test('one at a time fails a min of 2: the limit was never used', () => {
    const serial: RecordedLine[] = ['1', '2', '3', '4'].flatMap((n, i) => [[i * 1000, `start ${n}`], [i * 1000 + 999, `end ${n}`]] as RecordedLine[]);
    expect(verdict(jobs.concurrency({ max: 2, min: 2 }), serial).message).toContain('Never more than 1 task ran at once');
  });

  test('lines interleaved in one tick are counted by order, not by timestamp', () => {
    // end 1 and start 3 share a timestamp: order alone says 3 started after 1 ended.
    expect(verdict(jobs.concurrency({ max: 2 }), limited).status).toBe('pass');
  });
});

describe('start together', () => {
  const spread = (gap: number): RecordedLine[] => [[100, 'start 1'], [100 + gap, 'start 2'], [100 + gap, 'start 3'], [100 + gap, 'start 4'], [2000, 'end 1'], [2000, 'end 2'], [2000, 'end 3'], [2000, 'end 4']];
  test('passes within the window and fails outside it', () => {
    expect(verdict(jobs.startTogether({ withinMs: 300 }), spread(250)).status).toBe('pass');
    expect(verdict(jobs.startTogether({ withinMs: 300 }), spread(450)).message).toContain('0.45 s after the first');
  });
});

describe('output lines and values', () => {
  const out: RecordedLine[] = [[0, 'result 0: a'], [5, 'noise'], [10, 'result 1: b'], [12, 'result 2: c'], [20, 'sum = 42']];

  test('printsLines finds patterns in order, and says when one came too early', () => {
    expect(verdict(printsLines([/result 0/, /result 2/, /sum =/], { title: 't', inOrder: true }), out).status).toBe('pass');
    expect(verdict(printsLines([/sum =/, /result 0/], { title: 't', inOrder: true }), out).message).toContain('came too early');
    expect(verdict(printsLines([/missing/], { title: 't' }), out).message).toContain('No line like “missing” was printed');
  });

  test('printsValue checks a computed result', () => {
    expect(verdict(printsValue(/^sum = (?<value>\d+)$/, '42', { title: 't' }), out).status).toBe('pass');
    const wrong = verdict(printsValue(/^sum = (?<value>\d+)$/, (v) => Number(v) === 41, { title: 't', describe: '41' }), out);
    expect(wrong.message).toBe('It printed “42”; expected 41.');
  });

  test('itemsInOrder wants results in input order', () => {
    const check = itemsInOrder(/^result \d: (?<item>\w)/, ['a', 'b', 'c'], { title: 't' });
    expect(verdict(check, out).status).toBe('pass');
    const swapped: RecordedLine[] = [[0, 'result 0: b'], [1, 'result 1: a'], [2, 'result 2: c']];
    expect(verdict(check, swapped).message).toBe('Printed b, a and c; expected a, b and c.');
  });
});

describe('uncaught rejections', () => {
  test('the preload marker fails the check with the reason', () => {
    const lines: RecordedLine[] = [[0, 'started'], [10, '[course] uncaught promise rejection: Error: boom', 'stderr'], [11, 'Error: boom', 'stderr']];
    const result = verdict(noUncaughtRejection(), lines, { code: 1 });
    expect(result.status).toBe('fail');
    expect(result.message).toContain('“Error: boom”');
  });

  test("Node's own wording for a non-Error reason is recognised too", () => {
    const lines: RecordedLine[] = [[0, 'UnhandledPromiseRejection: This error originated either by throwing inside of an async function', 'stderr']];
    expect(verdict(noUncaughtRejection(), lines, { code: 1 }).status).toBe('fail');
  });

  test('a plain thrown error is not called a rejection', () => {
    expect(verdict(noUncaughtRejection(), [[0, 'Error: sync', 'stderr']], { code: 1 }).status).toBe('pass');
  });
});

describe('ratio to a baseline', () => {
  const check = ratioToBaseline({
    title: 'Workers run in parallel',
    measured: /^workers: (?<ms>[\d.]+) ms/,
    baseline: /^main thread: (?<ms>[\d.]+) ms/,
    passAtMost: 0.85,
    failAtLeast: 0.9,
    cores: /^cores: (?<cores>\d+)/,
  });
  const run = (serial: number, parallel: number, cores = 2): RecordedLine[] => [[0, `cores: ${cores}`], [1, `main thread: ${serial} ms`], [2, `workers: ${parallel} ms`]];

  test('clearly faster passes, clearly not fails, the band between is undecided', () => {
    expect(verdict(check, run(600, 360)).status).toBe('pass');
    expect(verdict(check, run(600, 580)).status).toBe('fail');
    expect(verdict(check, run(600, 525)).status).toBe('undecided');
  });

  test('the best of several rounds counts', () => {
    const lines: RecordedLine[] = [[0, 'main thread: 900 ms'], [1, 'main thread: 600 ms'], [2, 'workers: 700 ms'], [3, 'workers: 350 ms']];
    expect(verdict(check, lines).message).toContain('350 ms against a baseline of 600 ms');
  });

  test('one core cannot decide', () => {
    expect(verdict(check, run(600, 600, 1)).status).toBe('undecided');
  });
});

describe('malformed output', () => {
  const tasks = taskSet({ kind: 'process', start: /^(?<task>[AB]) start pid=(?<pid>\d+)/, end: /^(?<task>[AB]) end/, expected: ['A', 'B'] });
  const checks = [tasks.allFinish(), tasks.overlap(), tasks.totalNearLongest({ durationField: 'seconds' }), tasks.distinct('pid', { title: 'pids' })];

  test('a missing end line is named, and no check throws', () => {
    const report = grade(checks, recordedRun([[0, 'A start pid=1'], [0, 'B start pid=2'], [2000, 'A end']]));
    expect(report.results.map((r) => r.status)).toEqual(['fail', 'fail', 'fail', 'pass']);
    expect(report.results[0]?.message).toContain('B started but never printed its end line');
  });

  test('lines from two processes interleaved mid-line still match when each line is whole', () => {
    const lines: RecordedLine[] = [[0, 'B start pid=2'], [1, 'A start pid=1'], [2000, 'A end'], [3000, 'B end']];
    expect(grade([tasks.overlap(), tasks.distinct('pid', { title: 'pids' })], recordedRun(lines)).passed).toBe(true);
  });

  test('replacement characters from invalid UTF-8 do not break matching', () => {
    const lines: RecordedLine[] = [[0, '\uFFFD\uFFFDA start pid=1'], [0, 'B start pid=2 \uFFFD'], [2000, 'A end'], [3000, 'B end']];
    // The A line no longer starts with "A": it is reported missing, plainly.
    expect(grade([tasks.allFinish()], recordedRun(lines)).results[0]?.message).toContain('No start line from process A');
  });

  test('a 1 MB line is graded quickly and quoted short', () => {
    const huge = 'x'.repeat(1024 * 1024);
    const started = performance.now();
    const report = grade([tasks.allFinish(), noUncaughtRejection()], recordedRun([[0, huge, 'stderr'], [1, huge]]));
    expect(performance.now() - started).toBeLessThan(5000); // generous: a catastrophic regex would take minutes
    expect(report.results.every((r) => r.message.length < 400)).toBe(true);
  });

  test('a crash midway grades what was printed before it', () => {
    const lines: RecordedLine[] = [[0, 'A start pid=1'], [0, 'B start pid=2'], [5, 'TypeError: x is not a function', 'stderr']];
    const report = grade(checks, recordedRun(lines, { code: 1 }));
    expect(report.results[0]?.message).toContain('Processes A and B started but never printed their end lines');
  });
});

describe('wording', () => {
  test('messages use the right plural for processes and children', () => {
    const children = taskSet({ kind: 'process', noun: 'child', start: /^(?<task>\w) start/, end: /^(?<task>\w) end/, expected: ['A', 'B'] });
    const processes = taskSet({ kind: 'process', start: /^(?<task>\w) start/, end: /^(?<task>\w) end/, expected: ['A', 'B'] });
    const sequential: RecordedLine[] = [[0, 'A start'], [1000, 'A end'], [1000, 'B start'], [2000, 'B end']];
    expect(verdict(children.overlap(), sequential).message).toContain('the children ran one after the other');
    expect(processes.overlap().title).toBe('The processes run at the same time');
  });

  test('the exit-code message quotes the last line that has text', () => {
    const lines: RecordedLine[] = [[0, 'Error: boom', 'stderr'], [1, '', 'stderr']];
    const result = grade([exitsWith(0)], recordedRun(lines, { code: 13 })).results[0];
    expect(result?.message).toContain('“Error: boom”');
  });
});
