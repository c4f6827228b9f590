/**
 * The grading CLI runs a submission with the runner's own messages (time limit, output limit…) in
 * the report's language, so a Chinese report never carries an English "Stopped after…".
 */
import { describe, expect, test } from 'vitest';
import { loadLesson } from '../lessons/from-disk.ts';
import { FIXTURE_CONTENT_DIR } from '../lessons/fixture.ts';
import { gradeSubmission, runProgram } from './run-submission.ts';

describe('a submission stopped by the time limit', () => {
  test.concurrent.each([
    ['en', /^Stopped after \d+(\.\d+)? s: the time limit for this lesson\./],
    ['zh-CN', /^运行 \d+(\.\d+)? 秒后被停止：这是本课的时间上限。/],
  ] as const)('is explained in %s', { timeout: 60_000 }, async (locale, said) => {
    const loaded = await loadLesson('coroutines', FIXTURE_CONTENT_DIR);
    // The fixture's own limit is 30 s: a short one keeps the test quick, the rule is the same.
    const lesson = { ...loaded, timeLimitMs: 1_000 };
    const files = { [lesson.data.entry]: "setInterval(() => {}, 1000); console.log('waiting forever');\n" };
    const run = await runProgram(lesson, files, locale);
    expect(run.exit.reason).toBe('timeout');
    expect(run.exit.message).toMatch(said);
    const graded = gradeSubmission(lesson, 'forever', run, 0, [], locale);
    expect(graded.verdict).toBe('error');
    expect(graded.message ?? '').toMatch(said);
  });
});
