// Loaded when a run ends (a chunk of its own): the lesson's checks and the grader. The page grades
// with the same `gradeLesson` as the CLI and its reports.
import { gradeLesson, type GradedLesson, type GradeOptions } from '../grader/grade-lesson.ts';
import type { CapturedRun } from '../run-contract/events.ts';
import { loadLessonChecks } from './lesson-checks.ts';
import { pageGradeOptions } from './check-language.ts';

export async function gradeOnPage(lessonId: string, run: CapturedRun, options: GradeOptions = pageGradeOptions()): Promise<GradedLesson> {
  return gradeLesson(await loadLessonChecks(lessonId), run, options);
}
