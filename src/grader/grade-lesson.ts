/**
 * One lesson's run, graded once for every reader: the page, the CLI and its exports, verify and the
 * experiments. The run view, the checks' report, the task spans and the timeline are computed here
 * and nowhere else, so the verdict, the picture and the reports always tell the same story.
 * Pure: no DOM, no processes, no clock.
 */
import type { CapturedRun, EndReason } from '../run-contract/events.ts';
import { gradeView, type GradeOptions } from './grade.ts';
import type { LessonChecks } from './index.ts';
import { viewRun } from './run-view.ts';
import { findSpans } from './spans.ts';
import { timelineModel, type TimelineModel } from './timeline.ts';
import type { GradeReport, RunView } from './types.ts';

/**
 * The lesson's verdict on one run. pass: no check failed (one that could not decide is shown, never
 * counted as a failure). fail: some check failed. error: the program did not run to its end (stopped,
 * timed out, over a limit, or could not start); its checks are still reported.
 */
export type LessonVerdict = 'pass' | 'fail' | 'error';

/** How a run ended, in the figures the reports print. */
interface Timings {
  /** ms from process start to exit, as the runner measured it. */
  durationMs: number;
  /** ms from the program's first output line to its last (as written, on observed runs); null with no output. */
  firstToLastLineMs: number | null;
  exitCode: number | null;
  signal: string | null;
  reason: EndReason;
}

export interface GradedLesson {
  verdict: LessonVerdict;
  /** Why the verdict is `error`, in plain words. */
  message?: string;
  report: GradeReport;
  run: CapturedRun;
  /** The run as the checks read it. */
  view: RunView;
  /** The spans the checks read, laid out; null when the lesson draws no timeline. */
  timeline: TimelineModel | null;
  /**
   * Each output line's time in ms since the first line, by arrival, on the clock the checks and the
   * timeline read (when the program wrote it, if observed), so Output can show the same moments.
   */
  lineAt: number[];
  /** The first line's time on that clock, in ms since the process started. */
  firstLineT: number;
  timings: Timings;
}


/** Runs the runner stopped itself (or could not start): the checks then judge a run that never finished. */
const UNFINISHED: ReadonlySet<EndReason> = new Set(['error', 'timeout', 'output-limit', 'process-limit', 'memory-limit', 'disk-limit', 'stopped']);

export type { GradeOptions };

/** Grades a run in `options.locale` (English by default), with the lesson's check texts in that language. */
export function gradeLesson(lesson: LessonChecks, run: CapturedRun, options: GradeOptions = {}): GradedLesson {
  const view = viewRun(run);
  const report = gradeView(lesson.checks, view, options);
  let verdict: LessonVerdict = report.counts.fail === 0 ? 'pass' : 'fail';
  let message: string | undefined;
  if (UNFINISHED.has(run.exit.reason)) {
    verdict = 'error';
    message = run.exit.message ?? `The program did not run to its end (${run.exit.reason}).`;
  }
  const lineAt: number[] = [];
  for (const line of view.lines) lineAt[line.arrival] = line.at;
  const first = view.lines[0];
  const last = view.lines.at(-1);
  const sets = !lesson.timeline ? [] : Array.isArray(lesson.timeline) ? lesson.timeline : [lesson.timeline];
  // The same spans the checks read, so the picture and the verdict always agree.
  const timeline = sets.length > 0 ? timelineModel(sets.flatMap((patterns) => findSpans(view, patterns)), last?.at ?? 0) : null;
  const graded: GradedLesson = {
    verdict,
    report,
    run,
    view,
    timeline,
    lineAt,
    firstLineT: first ? first.t - first.at : 0,
    timings: {
      durationMs: run.exit.durationMs,
      firstToLastLineMs: first && last ? Math.round((last.t - first.t) * 1000) / 1000 : null,
      exitCode: run.exit.code,
      signal: run.exit.signal,
      reason: run.exit.reason,
    },
  };
  if (message !== undefined) graded.message = message;
  return graded;
}
