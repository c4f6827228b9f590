// tasks.followedBy(re) as the README shows it: no options needed (it once crashed without { title }).
import { describe, expect, test } from 'vitest';
import { grade } from './grade.ts';
import { taskSet } from './index.ts';
import { recordedRun } from '../../test-support/grader/recorded-run.ts';

const tasks = taskSet({ kind: 'coroutine', start: /^start (?<task>\w)/, end: /^end (?<task>\w)/, expected: ['A', 'B'] });

describe('tasks.followedBy without options', () => {
  const check = tasks.followedBy(/^main: done/);

  test('has an id and a title that says what it looks for', () => {
    expect(check.id).toBe('waits-for-tasks');
    expect(check.title).toBe('A line matching /^main: done/ comes after every task finished');
  });

  test('passes when the line comes last and fails when it comes before a task ends', () => {
    const after = grade([check], recordedRun([[0, 'start A'], [1, 'start B'], [10, 'end A'], [11, 'end B'], [12, 'main: done']]));
    expect(after.results[0]?.status).toBe('pass');
    const before = grade([check], recordedRun([[0, 'start A'], [1, 'start B'], [2, 'main: done'], [10, 'end A'], [11, 'end B']]));
    expect(before.results[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('was printed before') });
  });
});
