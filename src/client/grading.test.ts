/**
 * The page and the command line grade one captured run with the same `gradeLesson`: for a real run
 * of a real program (through src/runner, as `npm start` runs it), the page's result (checks loaded
 * by Vite, as the page loads them) and the CLI's (checks loaded from disk) are identical. The lesson
 * is the first the course has that draws a timeline and only waits (else its first lesson), so
 * editing or removing a lesson does not break this test.
 */
import { describe, expect, test } from 'vitest';
import { gradeSubmission, runProgram } from '../cli/run-submission.ts';
import { lessonIds, loadLesson } from '../lessons/from-disk.ts';
import { lessonPrograms } from '../lessons/index.ts';
import { gradeOnPage } from './grading.ts';

describe('grading on the page and on the command line', () => {
  test('the same captured run gets the same verdict, report, timeline and clock', { timeout: 120_000 }, async () => {
    const lessons = await Promise.all((await lessonIds()).map((id) => loadLesson(id)));
    const lesson = lessons.find((l) => l.checks.timeline && l.data.load === 'wait') ?? lessons[0];
    if (lesson === undefined) throw new Error('The course has no lessons to grade.');
    const { id } = lesson;
    // The solution and the next program the lesson lists (its starter or a wrong answer).
    const programs = lessonPrograms(lesson).slice(0, 2);
    const runs = await Promise.all(programs.map(({ files }) => runProgram(lesson, files)));
    for (const run of runs) {
      expect(run.lines.length, 'the program printed something to grade').toBeGreaterThan(0);
      const onPage = await gradeOnPage(id, run, { locale: 'en' });
      expect(onPage.report.results.length).toBe(lesson.checks.checks.length);
      expect(onPage.timeline === null).toBe(lesson.checks.timeline === undefined);
      const { lessonId, name, wallMs, fromStarter, locale, ...inCli } = gradeSubmission(lesson, 'learner', run, 0, [], 'en');
      expect([lessonId, name, wallMs, fromStarter, locale]).toEqual([id, 'learner', 0, [], 'en']);
      expect(inCli).toEqual(onPage);
    }
  });
});
