import type { Check, RunView } from '../types.ts';
import { noLine, withHint, type CheckOptions } from './program.ts';

export interface RatioOptions extends CheckOptions {
  /** Lines reporting the measured time; group `ms` holds milliseconds. The best (smallest) one counts. */
  measured: RegExp;
  /** Lines reporting the baseline measured in the same run, e.g. the same work done serially. */
  baseline: RegExp;
  /** Pass when measured / baseline ≤ this (e.g. 0.85 for "clearly parallel"). */
  passAtMost: number;
  /** Fail when the ratio ≥ this (e.g. 0.9); between the two the run cannot decide and says so. */
  failAtLeast: number;
  /** How the measured and baseline lines read, for messages (default: derived from the patterns). */
  measuredLine?: string;
  baselineLine?: string;
  /** A line whose group `cores` tells how many cores the machine has: with 1, the check cannot decide. */
  cores?: RegExp;
}

function best(view: RunView, pattern: RegExp): number | null {
  const values = view.stdout.map((l) => Number(pattern.exec(l.text)?.groups?.ms)).filter((n) => Number.isFinite(n) && n > 0);
  return values.length ? Math.min(...values) : null;
}

/**
 * Compares two durations the program measured in the same run, as a ratio: never a bare absolute
 * time, since the same CPU work took 0.41–0.91 s on one machine. Busy machines blur the line between
 * "parallel" and "not", so the band between the thresholds is reported as undecided, not as a failure.
 */
export function ratioToBaseline(options: RatioOptions & { title: string }): Check {
  return {
    id: options.id ?? 'ratio-to-baseline',
    title: options.title,
    hint: options.hint,
    evaluate(view, { t, hint }) {
      const measured = best(view, options.measured);
      const baseline = best(view, options.baseline);
      if (measured === null || baseline === null) {
        const missing = measured === null ? options.measured : options.baseline;
        return { status: 'fail', message: noLine(missing, { line: measured === null ? options.measuredLine : options.baselineLine }, t) };
      }
      const ratio = measured / baseline;
      const facts = t.ratioFacts(measured, baseline, ratio);
      const cores = options.cores ? Number(view.stdout.map((l) => options.cores?.exec(l.text)?.groups?.cores).find((c) => c !== undefined)) : NaN;
      if (cores === 1) return { status: 'undecided', message: t.oneCore(facts) };
      if (ratio <= options.passAtMost) return { status: 'pass', message: t.ratioPass(facts, options.passAtMost) };
      if (ratio >= options.failAtLeast) return { status: 'fail', message: withHint(t.ratioFail(facts, options.passAtMost), hint(options.hint)) };
      return { status: 'undecided', message: t.ratioClose(facts) };
    },
  };
}
