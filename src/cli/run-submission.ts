/**
 * Runs one set of files with the same runner, limits and recorder as the page's local runtime, and
 * grades the captured run with `gradeLesson`, as the page does: the command line and the browser
 * give the same verdict for the same run.
 */
import { performance } from 'node:perf_hooks';
import { gradeLesson, type GradedLesson } from '../grader/grade-lesson.ts';
import { startRun } from '../runner/run-program.ts';
import { RunRecorder } from '../run-contract/capture.ts';
import type { CapturedRun, FileMap } from '../run-contract/events.ts';
import type { LoadedLesson as Lesson } from '../lessons/index.ts';
import type { Locale } from '../i18n/index.ts';
import { reportWords } from './report-words.ts';

/** A graded lesson run, named for the submission it came from. */
export interface GradedSubmission extends GradedLesson {
  lessonId: string;
  name: string;
  /** Wall time of the whole run as this process saw it (start-up, writing files, clean-up). */
  wallMs: number;
  /** Lesson files that came from the starter. */
  fromStarter: string[];
  /** The language of the checks' titles and messages. */
  locale: Locale;
}

/** Grades a captured run (pure), exactly as the page grades it, in `locale` with the lesson's check texts in it. */
export function gradeSubmission(lesson: Lesson, name: string, run: CapturedRun, wallMs: number, fromStarter: string[] = [], locale: Locale = 'en'): GradedSubmission {
  const options = { locale, texts: locale === 'en' ? undefined : lesson.checkTexts?.[locale] };
  const graded: GradedSubmission = { ...gradeLesson(lesson.checks, run, options), lessonId: lesson.id, name, wallMs, fromStarter, locale };
  // A stopped run without the runner's own words: say so in the report's language.
  if (graded.verdict === 'error' && run.exit.message === undefined) graded.message = reportWords(locale).didNotRun(run.exit.reason);
  return graded;
}

/** A run that never started, e.g. a submission folder without the entry file: graded like any other. */
export function unrunnable(message: string): CapturedRun {
  return { runtime: 'local', merged: false, lines: [], exit: { type: 'exit', code: null, signal: null, reason: 'error', durationMs: 0, message } };
}

/**
 * Runs the files with the lesson's entry and time limit (runner defaults otherwise), recorded as the
 * page records them; the runner's own messages (time limit, output limit…) in `locale`.
 */
export async function runProgram(lesson: Lesson, files: FileMap, locale: Locale = 'en'): Promise<CapturedRun> {
  const handle = startRun({ files, entry: lesson.data.entry, timeLimitMs: lesson.timeLimitMs, locale });
  const recorder = new RunRecorder();
  for await (const event of handle.events) recorder.add(event);
  return recorder.result() ?? unrunnable('The runner ended without reporting how the program exited.');
}

/** Runs the files and grades the run. */
export async function runAndGrade(lesson: Lesson, name: string, files: FileMap, fromStarter: string[] = [], locale: Locale = 'en'): Promise<GradedSubmission> {
  const t0 = performance.now();
  const run = await runProgram(lesson, files, locale);
  return gradeSubmission(lesson, name, run, performance.now() - t0, fromStarter, locale);
}
