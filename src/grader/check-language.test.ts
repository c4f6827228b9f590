/**
 * The grader in the learner's language: built-in messages from the Chinese catalog, a lesson's own
 * texts from its checks.zh-CN.yaml, and English with a visible note wherever a text is not translated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// The src tests' own lesson (a frozen copy of coroutines with its Chinese check texts), so editing a
// real lesson never breaks this test.
import coroutines from '../lessons/__fixtures__/content/coroutines/checks.ts';
import { FIXTURE_CONTENT_DIR } from '../lessons/fixture.ts';
import { loadCheckTexts } from '../lessons/check-texts.ts';
import { grade } from './grade.ts';
import { exitsWith, printsValue, taskSet, type Check, type CheckTexts } from './index.ts';
import { en } from './messages/en.ts';
import { zhCN } from './messages/zh-CN.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';

// Chinese characters and Chinese punctuation (“。”, “，”).
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const textsOf = (lesson: string, checks: { checks: readonly Check[] }) => {
  const file = path.join(FIXTURE_CONTENT_DIR, lesson, 'checks.zh-CN.yaml');
  return loadCheckTexts(readFileSync(file, 'utf8'), checks, file);
};

const start = (name: string, seconds: number) => `task ${name} started (pid 4242, thread 0), waiting ${seconds} s`;
const end = (name: string) => `task ${name} finished (pid 4242, thread 0)`;
// The coroutines lesson's usual mistake: B starts only after A has finished.
const sequential: RecordedLine[] = [
  [180, start('A', 2)],
  [2182, end('A')],
  [2183, start('B', 3)],
  [5185, end('B')],
  [5186, 'main: both tasks done after 5.01 s'],
];

describe('the Chinese catalog', () => {
  test('has every built-in message of the English one, each written in Chinese', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    // Code identifiers stay as they are, but every message has Chinese words around them.
    const english = Object.entries(zhCN).filter(([key, value]) => {
      if (key === 'nouns') return Object.keys(value as object).length === 0;
      const source = typeof value === 'function' ? value.toString() : JSON.stringify(value);
      return !CJK.test(source);
    });
    expect(english.map(([key]) => key)).toEqual([]);
  });

  test('formats times and lists the Chinese way', () => {
    expect(zhCN.seconds(2040)).toBe('2.04 秒');
    expect(zhCN.list(['A', 'B', 'C'])).toBe('A、B 和 C');
  });
});

describe('grading in Chinese', () => {
  test('a failing built-in check shows its Chinese title, message and the lesson hint in Chinese', () => {
    const report = grade(coroutines.checks, recordedRun(sequential), { locale: 'zh-CN', texts: textsOf('coroutines', coroutines) });
    const overlap = report.results.find((r) => r.id === 'tasks-overlap');
    expect(overlap).toMatchObject({ status: 'fail', title: '各个任务同时运行' });
    expect(overlap?.message).toContain('任务 B 直到任务 A 结束之后才开始');
    expect(overlap?.message).toContain('在 await 任何一个之前先启动两个任务');
    expect(overlap?.message).not.toMatch(/started only after|Start both tasks/);
    // A lesson-written title comes from the translation; passing messages are Chinese too.
    const one = report.results.find((r) => r.id === 'one-process');
    expect(one).toMatchObject({ status: 'pass', title: '两个任务在同一个进程里运行（pid 相同）' });
    expect(one?.message).toBe('每个任务报告的 pid 都是 4242。');
  });

  test('the same run in English is unchanged', () => {
    const report = grade(coroutines.checks, recordedRun(sequential));
    const overlap = report.results.find((r) => r.id === 'tasks-overlap');
    expect(overlap?.title).toBe('The tasks run at the same time');
    expect(overlap?.message).toMatch(/^Task B started only after task A ended .*Start both tasks before awaiting either/);
  });

  test("a custom check's own messages come from the translation, with their values filled in", () => {
    // A custom check as a lesson writes one: messages by key, said through the context.
    const mainRunsOnce: Check = {
      id: 'main-runs-once',
      title: 'Only main runs main’s part',
      messages: { many: '“main: pid …” was printed {times} times, by {processes} processes.' },
      evaluate: (view, { say }) => {
        const pids = new Set(view.lines.filter((l) => l.text.startsWith('main: pid')).map((l) => l.text));
        return { status: pids.size === 1 ? 'pass' : 'fail', message: say('many', { times: String(pids.size), processes: String(pids.size) }) };
      },
    };
    const texts = loadCheckTexts(
      ['checks:', '  main-runs-once:', '    title: 只有 main 运行 main 的那部分', '    messages:', "      many: '“main: pid …” 打印了 {times} 次，来自 {processes} 个进程。'"].join('\n'),
      { checks: [mainRunsOnce] },
      'checks.zh-CN.yaml',
    );
    const lines: RecordedLine[] = [[100, 'main: pid 77'], [300, 'main: pid 78'], [320, 'main: pid 79']];
    const once = grade([mainRunsOnce], recordedRun(lines), { locale: 'zh-CN', texts }).results[0];
    expect(once?.title).toBe('只有 main 运行 main 的那部分');
    expect(once?.message).toBe('“main: pid …” 打印了 3 次，来自 3 个进程。');
    const english = grade([mainRunsOnce], recordedRun(lines)).results[0];
    expect(english?.message).toBe('“main: pid …” was printed 3 times, by 3 processes.');
  });

  test('an untranslated lesson text is shown in English with a note, never blank', () => {
    const tasks = taskSet({ kind: 'coroutine', start: /^s (?<task>\w)/, end: /^e (?<task>\w)/, expected: ['A', 'B'], noun: 'gizmo' });
    const checks: Check[] = [
      tasks.overlap({ hint: 'Start both gizmos first.' }),
      printsValue(/^sum = (?<value>\d+)$/, (v) => v === '3', { id: 'sum', title: 'The sum is 3', describe: 'three' }),
      exitsWith(0),
    ];
    const run = recordedRun([[0, 's A'], [10, 'e A'], [20, 's B'], [30, 'e B'], [40, 'sum = 4']]);
    const texts: CheckTexts = { checks: { sum: { title: '和是 3', describe: '三' } } };
    const [overlap, sum, exit] = grade(checks, run, { locale: 'zh-CN', texts }).results;
    // The lesson's noun has no translation: the title says so too, as the message does.
    expect(overlap?.title).toBe('各个gizmo同时运行（此条尚无中文翻译，显示英文原文）');
    expect(overlap?.message).toContain('Start both gizmos first.');
    expect(overlap?.message).toMatch(/（此条尚无中文翻译，显示英文原文）$/);
    expect(sum).toMatchObject({ title: '和是 3', message: '程序打印了 “4”，预期是 三。' });
    expect(exit).toMatchObject({ title: '程序运行到结束，没有出错', message: '程序以退出码 0 结束。' });
  });

  test("a custom check's inline English message is kept, with the note", () => {
    const inline: Check = { id: 'inline', title: 'Says hello', evaluate: () => ({ status: 'fail', message: 'No hello.' }) };
    const [result] = grade([inline], recordedRun([[0, 'x']]), { locale: 'zh-CN' }).results;
    expect(result).toMatchObject({ title: 'Says hello（此条尚无中文翻译，显示英文原文）', message: 'No hello.（此条尚无中文翻译，显示英文原文）' });
  });
});
