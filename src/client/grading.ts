// Loaded when a run ends (a chunk of its own): the lesson's checks, the grader and the timeline model.
import { grade } from '../grader/grade.ts';
import { viewRun } from '../grader/run-view.ts';
import { findSpans, type TaskPatterns } from '../grader/spans.ts';
import { timelineModel, type TimelineModel } from '../grader/timeline.ts';
import type { GradeReport } from '../grader/types.ts';
import type { CapturedRun } from '../run-contract/events.ts';
import { loadLessonChecks } from './lesson-checks.ts';
import { pageGradeOptions } from './check-language.ts';

export interface Graded {
  report: GradeReport;
  /** Null when the lesson draws no timeline. */
  timeline: TimelineModel | null;
  /**
   * Each Output line's time in ms since the first line, by arrival, on the clock the checks and the
   * timeline read (when the program wrote it, if observed), so Output can show the same moments.
   */
  lineAt: number[];
  /** The first line's time on that clock, in ms since the process started. */
  firstLineT: number;
}

export async function gradeRun(lessonId: string, run: CapturedRun): Promise<Graded> {
  const definition = await loadLessonChecks(lessonId);
  const report = grade(definition.checks, run, pageGradeOptions());
  const view = viewRun(run);
  const lineAt: number[] = [];
  for (const line of view.lines) lineAt[line.arrival] = line.at;
  const clock = { lineAt, firstLineT: view.lines[0] ? view.lines[0].t - view.lines[0].at : 0 };
  if (!definition.timeline) return { report, timeline: null, ...clock };
  // The same spans the checks read, so the picture and the verdict always agree.
  const sets = Array.isArray(definition.timeline) ? definition.timeline : [definition.timeline];
  const spans = sets.flatMap((patterns: TaskPatterns) => findSpans(view, patterns));
  return { report, timeline: timelineModel(spans, view.lines.at(-1)?.at ?? 0), ...clock };
}
