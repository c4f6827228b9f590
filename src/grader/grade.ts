import type { CapturedRun } from '../run-contract/events.ts';
import { checkContext, checkTitle, type CheckTexts } from './check-texts.ts';
import type { Locale } from './messages/index.ts';
import { viewRun } from './run-view.ts';
import type { Check, CheckResult, CheckStatus, GradeReport, RunView } from './types.ts';

export interface GradeOptions {
  /** The language of titles and messages (default English). */
  locale?: Locale;
  /** The lesson's check texts in that language (content/<lesson>/checks.<locale>.yaml); without them, lesson texts stay English with a note. */
  texts?: CheckTexts;
}

/**
 * Grades one captured run against a lesson's checks. Pure: no DOM, no processes, no clock, so the
 * browser and the command line give the same verdict for the same run.
 */
export function grade(checks: readonly Check[], run: CapturedRun, options: GradeOptions = {}): GradeReport {
  return gradeView(checks, viewRun(run), options);
}

/** The same, on a run already viewed (gradeLesson views each run once for the checks and the timeline). */
export function gradeView(checks: readonly Check[], view: RunView, options: GradeOptions = {}): GradeReport {
  const locale = options.locale ?? 'en';
  const results: CheckResult[] = checks.map((check) => {
    const context = checkContext(check, locale, options.texts);
    let verdict;
    try {
      verdict = check.evaluate(view, context);
      // A lesson text with no translation (or a custom check's plain English message) is shown in English, noted.
      if (context.fellBack()) verdict = { ...verdict, message: `${verdict.message}${context.t.untranslated}` };
    } catch (error) {
      // A broken check is the author's bug, not the learner's: say so instead of failing them.
      verdict = { status: 'undecided' as const, message: context.t.brokenCheck(error instanceof Error ? error.message : String(error)) };
    }
    return { id: check.id, title: checkTitle(check, locale, options.texts), ...verdict };
  });
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, undecided: 0 };
  for (const r of results) counts[r.status] += 1;
  return { results, counts, passed: results.length > 0 && counts.pass === results.length };
}
