// Loaded when a run ends (a chunk of its own): the lesson's checks, the grader and the timeline model.
import { grade } from '../grader/grade.ts';
import { viewRun } from '../grader/run-view.ts';
import { findSpans, type TaskPatterns } from '../grader/spans.ts';
import { timelineModel, type TimelineModel } from '../grader/timeline.ts';
import type { GradeReport } from '../grader/types.ts';
import type { CapturedRun } from '../runtime/events.ts';
import { loadLessonChecks } from './lesson-checks.ts';

export interface Graded {
  report: GradeReport;
  /** Null when the lesson draws no timeline. */
  timeline: TimelineModel | null;
}

export async function gradeRun(lessonId: string, run: CapturedRun): Promise<Graded> {
  const definition = await loadLessonChecks(lessonId);
  const report = grade(definition.checks, run);
  if (!definition.timeline) return { report, timeline: null };
  // The same spans the checks read, so the picture and the verdict always agree.
  const view = viewRun(run);
  const sets = Array.isArray(definition.timeline) ? definition.timeline : [definition.timeline];
  const spans = sets.flatMap((patterns: TaskPatterns) => findSpans(view, patterns));
  return { report, timeline: timelineModel(spans, view.lines.at(-1)?.at ?? 0) };
}
