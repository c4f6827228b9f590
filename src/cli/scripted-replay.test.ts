import { describe, expect, test } from 'vitest';
import { viewRun } from '../grader/run-view.ts';
import { recordedRun } from '../../test-support/grader/recorded-run.ts';
import { loadLesson } from '../lessons/from-disk.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LESSON } from '../lessons/fixture.ts';
import { replayProgram, tryReplays } from './scripted-replay.ts';

describe('scripted replay', () => {
  test('the replay program prints the recorded lines, on their schedule, with the run\'s exit code', () => {
    const run = viewRun(recordedRun([[100, 'task A started'], [2100, 'oops', 'stderr'], [3100, 'done']], { code: 3 }));
    const sequential = replayProgram(run, 'sequential');
    expect(sequential).toContain('[[0,1,"task A started"],[2000,2,"oops"],[3000,1,"done"]]');
    expect(sequential).toContain('process.exitCode = 3;');
    expect(sequential).not.toMatch(/fork|Worker|pbkdf2/);
    expect(replayProgram(run, 'timers')).toContain('setTimeout(() =>');
  });

  // The case: a sequential script printing the solution's lines on schedule passed
  // `coroutines` 8 times out of 8. Here on the tests' own copy of that lesson; every lesson of the
  // course is swept by `npm run verify:scripted`.
  test('a script printing the solution\'s output on schedule fails the lesson, in both shapes', { timeout: 120_000 }, async () => {
    const outcomes = await tryReplays(await loadLesson(FIXTURE_LESSON, FIXTURE_CONTENT_DIR));
    expect(outcomes.map((o) => o.shape)).toEqual(['sequential', 'timers']);
    for (const outcome of outcomes) {
      expect(outcome.skipped, `${outcome.lesson}: ${outcome.skipped}`).toBeNull();
      expect(outcome.failed.length, `${outcome.lesson}: the replay passed every check`).toBeGreaterThan(0);
    }
  });
});
