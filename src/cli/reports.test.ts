/** The report formats as pure functions of a graded run (recorded runs, no processes). */
import { describe, expect, test } from 'vitest';
import type { Check } from '../grader/index.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';
import { lessonSchema, type LoadedLesson as Lesson } from '../lessons/index.ts';
import { capOutput, exercismResults, junitReport, summaryTable, tapDescription, tapReport, textReport, xmlAttr, xmlSafe, yamlString } from './reports.ts';
import { gradeSubmission } from './run-submission.ts';

const check = (id: string, status: 'pass' | 'fail' | 'undecided', message: string, title = `Check ${id}`): Check => ({
  id,
  title,
  evaluate: () => ({ status, message }),
});

function lessonWith(checks: Check[]): Lesson {
  return {
    id: 'demo',
    where: 'content/demo',
    dir: '/nowhere',
    data: lessonSchema.parse({ title: 'Demo', summary: 'demo', chapter: 1, order: 1 }), // defaults for the rest
    starter: {},
    solution: {},
    wrong: {},
    checks: { checks },
    timeLimitMs: 30_000,
  };
}

const lines: RecordedLine[] = [
  [100, 'first'],
  [1100, 'oops <b> & "q"', 'stderr'],
  [3100, 'last'],
];

describe('escaping', () => {
  test('xmlSafe replaces characters XML 1.0 forbids and strips ANSI codes', () => {
    expect(xmlSafe('a\u0001b\u0007c\u001b[31mred\u001b[0m\tok\n')).toBe('a\\u0001b\\u0007cred\tok\n');
    expect(xmlSafe('lone \ud800 surrogate')).toBe('lone \\ud800 surrogate');
    expect(xmlSafe('pair 😀 kept')).toBe('pair 😀 kept');
  });

  test('xmlAttr escapes markup, quotes and line breaks', () => {
    expect(xmlAttr(`<a href="x">&'\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;');
  });

  test('TAP descriptions stay on one line and escape #', () => {
    expect(tapDescription('a # b\nc \\ d')).toBe('a \\# b c \\\\ d');
  });

  test('YAML strings are double-quoted with escapes', () => {
    expect(yamlString('say "hi"\n\u0085')).toBe('"say \\"hi\\"\\n\\u0085"');
  });

  test('Exercism output is capped at 500 characters, saying so', () => {
    expect(capOutput('short')).toBe('short');
    const capped = capOutput('x'.repeat(2000));
    expect([...capped].length).toBeLessThanOrEqual(500);
    expect(capped).toContain('Output was truncated');
  });
});

describe('formats', () => {
  const lesson = lessonWith([check('a', 'pass', 'fine'), check('b', 'fail', 'broke <here> & "there"'), check('c', 'undecided', 'merged streams')]);
  const graded = gradeSubmission(lesson, 'alice', recordedRun(lines), 3200);

  test('status: any failed check fails the submission; a stopped run is an error', () => {
    expect(graded.verdict).toBe('fail');
    const timedOut = gradeSubmission(lesson, 'bob', recordedRun(lines, { reason: 'timeout', code: null, signal: 'SIGKILL', message: 'Stopped after 30 s' }), 30_000);
    expect(timedOut.verdict).toBe('error');
    expect(exercismResults(timedOut)).toMatchObject({ status: 'error', message: 'Stopped after 30 s' });
    const allPass = gradeSubmission(lessonWith([check('a', 'pass', 'ok')]), 'carol', recordedRun(lines), 3200);
    expect(allPass.verdict).toBe('pass');
  });

  test('a correct answer with a check that could not decide passes, with a note, as the page and verify count it', () => {
    const unsure = gradeSubmission(lessonWith([check('a', 'pass', 'ok'), check('c', 'undecided', 'too close to call')]), 'dave', recordedRun(lines), 3200);
    expect(unsure.verdict).toBe('pass');
    const text = textReport(unsure);
    expect(text).toContain('demo · dave: PASS (1 check could not decide: run it again to be sure)');
    expect(text).not.toContain('FAIL');
    expect(text).toContain('  ? Check c\n      could not decide: too close to call');
  });

  test('text: ✓/✗/? per check, messages for the rest, timings', () => {
    const text = textReport(graded);
    expect(text).toContain('demo · alice: FAIL');
    expect(text).toContain('  ✓ Check a');
    expect(text).toContain('  ✗ Check b\n      broke <here>');
    expect(text).toContain('  ? Check c\n      could not decide: merged streams');
    expect(text).toContain('first → last line 3.00 s');
    expect(text).toContain('1/3 checks passed (1 failed, 1 could not decide)');
  });

  test('json: Exercism v3, undecided maps to error', () => {
    const json = exercismResults(graded);
    expect(json).toMatchObject({ version: 3, status: 'fail' });
    expect(json.tests.map((t) => t.status)).toEqual(['pass', 'fail', 'error']);
    expect(json.tests[2]?.message).toBe('Could not decide: merged streams');
    expect(json.tests[0]?.output).toBe('first\noops <b> & "q"\nlast');
    expect(json.timings).toMatchObject({ firstToLastLineMs: 3000, exitCode: 0, reason: 'exited' });
  });

  test('junit: failure for fail, error for undecided, counts on the suite', () => {
    const xml = junitReport([graded], new Date('2024-01-02T03:04:05.678Z'));
    expect(xml).toContain('<testsuites name="demo.alice" tests="3" failures="1" errors="1"');
    expect(xml).toContain('timestamp="2024-01-02T03:04:05"');
    expect(xml).toContain('<failure message="broke &lt;here&gt; &amp; &quot;there&quot;" type="CheckFailed">');
    expect(xml).toContain('<error message="Could not decide: merged streams" type="CouldNotDecide">');
    expect(xml).toContain('<system-err>oops &lt;b&gt; &amp; "q"</system-err>');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
  });

  test('tap: version, plan, points and YAML blocks', () => {
    const tap = tapReport(graded).split('\n');
    expect(tap.slice(0, 2)).toEqual(['TAP version 14', '1..3']);
    expect(tap).toContain('ok 1 - Check a');
    expect(tap).toContain('not ok 2 - Check b');
    expect(tap).toContain('  message: "broke <here> & \\"there\\""');
    expect(tap).toContain('  severity: undecided');
  });

  test('summary table ends with "N passed, N failed" alone on its line', () => {
    const pass = gradeSubmission(lessonWith([check('a', 'pass', 'ok')]), 'carol', recordedRun(lines), 3200);
    const table = summaryTable([pass, graded]).trimEnd().split('\n');
    expect(table.at(-1)).toBe('1 passed, 1 failed');
    expect(table[0]).toMatch(/^submission\s+result\s+checks\s+duration$/);
    expect(table.find((l) => l.startsWith('alice'))).toMatch(/^alice\s+failed\s+1\/3\s+3\.\d\d s$/);
  });
});

describe('formats in Chinese (--lang zh-CN): the frame is Chinese, machine fields stay', () => {
  const lesson = lessonWith([check('a', 'pass', 'fine'), check('b', 'fail', 'broke'), check('c', 'undecided', 'merged streams')]);
  const graded = gradeSubmission(lesson, 'alice', recordedRun(lines), 3200, [], 'zh-CN');

  test('text: verdict, could-not-decide, timing and the count line', () => {
    const text = textReport(graded);
    expect(text).toContain('demo · alice: 未通过');
    expect(text).toContain('      无法判定：merged streams');
    expect(text).toContain('运行 ');
    expect(text).toContain('（退出码 0）· 第一行 → 最后一行 3.00 s');
    expect(text).toContain('1/3 项检查通过（1 项未通过，1 项无法判定）');
    expect(text).not.toMatch(/FAIL|checks passed|could not decide|exit code/);
    const unsure = gradeSubmission(lessonWith([check('a', 'pass', 'ok'), check('c', 'undecided', 'close')]), 'dave', recordedRun(lines), 3200, [], 'zh-CN');
    expect(textReport(unsure)).toContain('demo · dave: 通过（有 1 项检查无法判定：再运行一次以确认）');
  });

  test('json: messages in Chinese, statuses as Exercism defines them', () => {
    const json = exercismResults(graded);
    expect(json.tests.map((t) => t.status)).toEqual(['pass', 'fail', 'error']);
    expect(json.tests[2]?.message).toMatch(/^无法判定：merged streams/);
    const stopped = gradeSubmission(lesson, 'bob', recordedRun(lines, { reason: 'timeout', code: null, signal: 'SIGKILL' }), 30_000, [], 'zh-CN');
    expect(exercismResults(stopped)).toMatchObject({ status: 'error', message: '程序没有运行到结束（timeout）。' });
  });

  test('junit and tap: Chinese messages and timing, same types and severities', () => {
    const xml = junitReport([graded], new Date('2024-01-02T03:04:05.678Z'));
    expect(xml).toMatch(/<error message="无法判定：merged streams[^"]*" type="CouldNotDecide">/);
    const tap = tapReport(graded);
    expect(tap).toContain('  severity: undecided');
    expect(tap).toMatch(/^# 运行 .*（退出码 0）· 第一行 → 最后一行 3\.00 s$/m);
  });

  test('summary table: Chinese headings aligned by terminal columns, Chinese last line', () => {
    const pass = gradeSubmission(lessonWith([check('a', 'pass', 'ok')]), 'carol', recordedRun(lines), 3200, [], 'zh-CN');
    const table = summaryTable([pass, graded]).trimEnd().split('\n');
    expect(table.at(-1)).toBe('1 份通过，1 份未通过');
    expect(table[0]).toMatch(/^提交\s+结果\s+检查\s+用时$/);
    // "结果" takes 4 columns, like the 4 dashes under it and "未通过" padded to 6.
    expect(table[1]).toMatch(/^-{5}  -{6}  -{4}  -{6}$/);
    expect(table.find((l) => l.startsWith('alice'))).toMatch(/^alice  未通过  {2}1\/3  3\.\d\d s$/);
  });
});
