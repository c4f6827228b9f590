/**
 * Runs one set of files with the same runner, limits and recorder as the page's local runtime, and
 * grades the captured run with the lesson's checks: the command line and the browser give the same
 * verdict for the same run.
 */
import { performance } from 'node:perf_hooks';
import { grade, type GradeReport } from '../grader/index.ts';
import { viewRun } from '../grader/run-view.ts';
import { reportWords } from './report-words.ts';
import { startRun } from '../runner/run-program.ts';
import { RunRecorder } from '../run-contract/capture.ts';
import type { CapturedRun, EndReason, FileMap } from '../run-contract/events.ts';
import type { LoadedLesson as Lesson } from '../lessons/index.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * pass: no check failed (one that could not decide is noted, as the page and verify count it).
 * fail: some check failed. error: the program did not run to an end.
 */
export type SubmissionStatus = 'pass' | 'fail' | 'error';

export interface Timings {
  /** ms from process start to exit, as the runner measured it. */
  durationMs: number;
  /** ms from the program's first output line to its last (as written, on observed runs); null with no output. */
  firstToLastLineMs: number | null;
  exitCode: number | null;
  signal: string | null;
  reason: EndReason;
}

export interface GradedRun {
  lessonId: string;
  name: string;
  status: SubmissionStatus;
  /** Why the status is `error`, in plain words. */
  message?: string;
  report: GradeReport;
  run: CapturedRun;
  timings: Timings;
  /** Wall time of the whole run as this process saw it (start-up, writing files, clean-up). */
  wallMs: number;
  /** Lesson files that came from the starter. */
  fromStarter: string[];
  /** The language of the checks' titles and messages. */
  locale: Locale;
}

/** Runs the runner stopped itself (or could not start): the checks then judge a run that never finished. */
const STOPPED: ReadonlySet<EndReason> = new Set(['error', 'timeout', 'output-limit', 'process-limit', 'memory-limit', 'disk-limit', 'stopped']);

export function timingsOf(run: CapturedRun): Timings {
  const { lines } = viewRun(run);
  const first = lines[0];
  const last = lines.at(-1);
  return {
    durationMs: run.exit.durationMs,
    firstToLastLineMs: first && last ? Math.round((last.t - first.t) * 1000) / 1000 : null,
    exitCode: run.exit.code,
    signal: run.exit.signal,
    reason: run.exit.reason,
  };
}

/** Grades a captured run (pure): the status rule shared by every report. */
export function gradeRun(lesson: Lesson, name: string, run: CapturedRun, wallMs: number, fromStarter: string[] = [], locale: Locale = 'en'): GradedRun {
  const report = grade(lesson.checks.checks, run, { locale, texts: locale === 'en' ? undefined : lesson.checkTexts?.[locale] });
  let status: SubmissionStatus = report.counts.fail === 0 ? 'pass' : 'fail';
  let message: string | undefined;
  if (STOPPED.has(run.exit.reason)) {
    status = 'error';
    message = run.exit.message ?? reportWords(locale).didNotRun(run.exit.reason);
  }
  const graded: GradedRun = { lessonId: lesson.id, name, status, report, run, timings: timingsOf(run), wallMs, fromStarter, locale };
  if (message !== undefined) graded.message = message;
  return graded;
}

/** A run that never started, e.g. a submission folder without the entry file: graded like any other. */
export function unrunnable(message: string): CapturedRun {
  return { runtime: 'local', merged: false, lines: [], exit: { type: 'exit', code: null, signal: null, reason: 'error', durationMs: 0, message } };
}

/** Runs the files with the lesson's entry and time limit (runner defaults otherwise) and grades the run. */
export async function runAndGrade(lesson: Lesson, name: string, files: FileMap, fromStarter: string[] = [], locale: Locale = 'en'): Promise<GradedRun> {
  const t0 = performance.now();
  const handle = startRun({ files, entry: lesson.data.entry, timeLimitMs: lesson.timeLimitMs });
  const recorder = new RunRecorder();
  for await (const event of handle.events) recorder.add(event);
  const run = recorder.result() ?? unrunnable('The runner ended without reporting how the program exited.');
  return gradeRun(lesson, name, run, performance.now() - t0, fromStarter, locale);
}
