import type { CapturedRun } from '../run-contract/events.ts';
import { viewRun } from './run-view.ts';
import type { Check, CheckResult, CheckStatus, GradeReport } from './types.ts';

/**
 * Grades one captured run against a lesson's checks. Pure: no DOM, no processes, no clock, so the
 * browser and the command line give the same verdict for the same run.
 */
export function grade(checks: readonly Check[], run: CapturedRun): GradeReport {
  const view = viewRun(run);
  const results: CheckResult[] = checks.map((check) => {
    let verdict;
    try {
      verdict = check.evaluate(view);
    } catch (error) {
      // A broken check is the author's bug, not the learner's: say so instead of failing them.
      verdict = {
        status: 'undecided' as const,
        message: `This check could not run (${error instanceof Error ? error.message : String(error)}). Please report it to the lesson's author.`,
      };
    }
    return { id: check.id, title: check.title, ...verdict };
  });
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, undecided: 0 };
  for (const r of results) counts[r.status] += 1;
  return { results, counts, passed: results.length > 0 && counts.pass === results.length };
}
