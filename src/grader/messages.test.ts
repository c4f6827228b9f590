/**
 * Messages that teach: each names what was observed and what to change, in words. These are the
 * misleading messages the grader was caught giving (issue 10), one test each.
 */
import { describe, expect, test } from 'vitest';
import { grade } from './grade.ts';
import { lineShape } from './format.ts';
import { exitsWith, itemsInOrder, printsLine, printsLines, printsValue, ratioToBaseline, taskSet, type Check } from './index.ts';
import { observedRun, type ObservedLine } from '../../test-support/grader/observed-run.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';

function message(check: Check, lines: RecordedLine[], exit = {}): string {
  const result = grade([check], recordedRun(lines, exit)).results[0];
  if (!result) throw new Error('no result');
  return result.message;
}

/** A regular expression's tell-tale pieces, none of which a message may show. */
const REGEX_BITS = /\/\^|\(\?<|\\d|\\s|\$\/|\.\*/;

describe('no raw regular expressions', () => {
  test('a pattern reads as the line it describes', () => {
    expect(lineShape(/^main: done in (?<ms>\d+(?:\.\d+)?) ms$/)).toBe('“main: done in … ms”');
    expect(lineShape(/^task (?<task>\w+) started \(pid (?<pid>\d+)\)/)).toBe('“task … started (pid …)”');
    expect(lineShape(/^main: the counter reads (?<value>-?\d+)$/)).toBe('“main: the counter reads …”');
  });

  test('every "line missing" and "too early" message is in words', () => {
    const out: RecordedLine[] = [[0, 'main: done'], [5, 'result 1: a']];
    const checks: Check[] = [
      printsLine(/^main: all (?<n>\d+) done$/, { title: 't' }),
      printsLines([/^result \d+: \w+$/, /^main: done/], { title: 't', inOrder: true }),
      printsLines([/^nothing$/], { title: 't' }),
      printsValue(/^sum = (?<value>\d+)$/, '3', { title: 't' }),
      itemsInOrder(/^item (?<item>\w)$/, ['a'], { title: 't' }),
      ratioToBaseline({ title: 't', measured: /^parallel: (?<ms>\d+) ms$/, baseline: /^serial: (?<ms>\d+) ms$/, passAtMost: 0.85, failAtLeast: 0.9 }),
      taskSet({ kind: 'coroutine', start: /^s (?<task>\w)/, end: /^e (?<task>\w)/, expected: ['A'] }).followedBy(/^main: finished$/, { title: 't' }),
    ];
    for (const check of checks) {
      const text = message(check, out);
      expect(text, text).not.toMatch(REGEX_BITS);
      expect(text).toMatch(/No line like “|came too early/);
    }
    expect(message(printsLines([/^result \d+: \w+$/, /^main: done/], { title: 't', inOrder: true }), out)).toContain('“main: done” came too early: it should come after “result …: …”');
  });

  test('a check may say the line in its own words', () => {
    expect(message(printsLine(/^x (?<n>\d+)$/, { title: 't', line: '“x <count>”' }), [[0, 'y']])).toContain('No line like “x <count>” was printed');
  });
});

describe('the line was printed, with a value of the wrong form', () => {
  test('"undefined" where a number goes is named as such, not as a missing line', () => {
    const check = printsValue(/^main: the counter reads (?<value>-?\d+)$/, '40000', { title: 't', hint: 'Use Atomics.add.' });
    const text = message(check, [[0, 'main: the counter reads undefined']]);
    expect(text).toContain('“main: the counter reads undefined” was printed');
    expect(text).toContain('is not a number');
    expect(text).not.toContain('No line');
    // The hint is about a wrong count, not a missing one.
    expect(text).not.toContain('Atomics');
  });
});

describe('exit codes', () => {
  test('a SyntaxError quotes the error line, not the caret under the code', () => {
    const lines: RecordedLine[] = [
      [0, 'file:///run/main.ts:3', 'stderr'],
      [0, 'const x = ;', 'stderr'],
      [0, '          ^', 'stderr'],
      [0, '', 'stderr'],
      [0, "SyntaxError: Unexpected token ';'", 'stderr'],
      [0, '    at compileSourceTextModule (node:internal/modules/esm/utils:1:1)', 'stderr'],
      [0, '', 'stderr'],
      [0, 'Node.js v24.11.0', 'stderr'],
    ];
    const text = message(exitsWith(0, { hint: 'Call process.exit() only at the very end.' }), lines, { code: 1 });
    expect(text).toContain("“SyntaxError: Unexpected token ';'”");
    expect(text).not.toContain('“          ^”');
    // A typo is not the lesson's kind of failure: the lesson's hint stays out.
    expect(text).not.toContain('process.exit');
    expect(text).toContain('mistake in the code itself');
  });

  test('a lone caret is never the quoted line', () => {
    const text = message(exitsWith(0), [[0, 'await x', 'stderr'], [0, '^', 'stderr'], [0, '', 'stderr']], { code: 1 });
    expect(text).toContain('“await x”');
  });

  test('exit code 13 explains an unsettled top-level await', () => {
    const lines: RecordedLine[] = [
      [0, 'Warning: Detected unsettled top-level await at file:///run/main.ts:9', 'stderr'],
      [0, 'await new Promise(() => {});', 'stderr'],
      [0, '^', 'stderr'],
    ];
    const text = message(exitsWith(0, { hint: 'Promise.all rejects at the first failure.' }), lines, { code: 13 });
    expect(text).toContain('Exit code 13 means the top-level await was still waiting');
    expect(text).toContain('“Warning: Detected unsettled top-level await');
    expect(text).not.toContain('Promise.all');
  });

  test("the lesson's hint is kept for a failure of the lesson's kind", () => {
    const text = message(exitsWith(0, { hint: 'Catch the rejection.' }), [[0, 'Error: 3 broken links', 'stderr'], [0, '    at main', 'stderr']], { code: 1 });
    expect(text).toContain('“Error: 3 broken links”');
    expect(text).toContain('Catch the rejection.');
  });
});

describe('a wait that was never awaited', () => {
  const tasks = taskSet({
    kind: 'coroutine',
    start: /^task (?<task>\w) started, waiting (?<seconds>[\d.]+) s$/,
    end: /^task (?<task>\w) finished$/,
    expected: ['A', 'B'],
  });
  test('is named as such, not as "ran one after the other … start both before awaiting either"', () => {
    const lines: RecordedLine[] = [
      [0, 'task A started, waiting 2 s'],
      [1, 'task A finished'],
      [1, 'task B started, waiting 3 s'],
      [2, 'task B finished'],
    ];
    const text = message(tasks.overlap({ hint: 'Start both before awaiting either.' }), lines);
    expect(text).toContain('the wait did not hold them up');
    expect(text).toContain('await the sleep');
    expect(text).not.toContain('one after the other');
    expect(text).not.toContain('Start both');
  });
  test('tasks that really waited one after the other still get the hint', () => {
    const lines: RecordedLine[] = [
      [0, 'task A started, waiting 2 s'],
      [2000, 'task A finished'],
      [2000, 'task B started, waiting 3 s'],
      [5000, 'task B finished'],
    ];
    const text = message(tasks.overlap({ hint: 'Start both before awaiting either.' }), lines);
    expect(text).toContain('one after the other');
    expect(text).toContain('Start both');
  });
});

describe('a report printed on a clock of its own', () => {
  const tasks = taskSet({
    kind: 'coroutine',
    start: /^task (?<task>\w) started, waiting (?<seconds>[\d.]+) s$/,
    end: /^task (?<task>\w) finished$/,
    expected: ['A', 'B'],
  });
  const report = tasks.followedBy(/^main: both done$/, { title: 't' });
  const lines: ObservedLine[] = [
    { arrived: 0, written: 0, text: 'task A started, waiting 2 s' },
    { arrived: 0, written: 0.2, text: 'task B started, waiting 3 s' },
    { arrived: 2001, written: 2001, text: 'task A finished' },
    { arrived: 3002, written: 3002, text: 'task B finished' },
    { arrived: 3003, written: 3002.5, text: 'main: both done' },
  ];
  const waits = [
    { pid: 100, thread: 0, ms: 2000, setAt: 0.1, firedAt: 2001 },
    { pid: 100, thread: 0, ms: 3000, setAt: 0.3, firedAt: 3002 },
  ];

  test('fails when a timer set in advance fired between the last end and the report', () => {
    const timers = [...waits, { pid: 100, thread: 0, ms: 3002, setAt: 0.4, firedAt: 3002.4 }];
    const verdict = grade([report], observedRun(lines, { timers })).results[0];
    expect(verdict?.status).toBe('fail');
    expect(verdict?.message).toContain('printed by a timer of its own');
  });

  test('passes when the report follows the last end in the same turn', () => {
    expect(grade([report], observedRun(lines, { timers: waits })).results[0]?.status).toBe('pass');
  });
});
