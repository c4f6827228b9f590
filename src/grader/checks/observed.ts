/**
 * Checks that judge what the runtime observed, not only what the program printed. On a run without
 * observations each one passes with a note (see observed.ts `notObserved`).
 */
import { quote } from '../format.ts';
import { cpuTime as observedCpu, childProcesses, endOf, notObservedSaying, workers } from '../observed.ts';
import type { CheckContext } from '../check-texts.ts';
import type { Check, RunView, Verdict } from '../types.ts';
import { withHint, type CheckOptions } from './program.ts';

export interface CpuTimeOptions extends CheckOptions {
  title: string;
  /** Lines where the program claims work it did; group `ms` holds the milliseconds claimed. */
  claimed: RegExp;
  /** Whose CPU time counts: see observed.ts `cpuTime` (default 'all'). */
  where?: 'all' | 'workers' | 'children' | 'main-thread';
  /** Pass when the observed CPU time is at least this share of the claimed total (default 0.5). */
  atLeast?: number;
}

/**
 * The CPU work a program claims was really done: the observed CPU time (of `where`) is at least
 * `atLeast` × the milliseconds its report lines claim. Catches reports of work that never ran.
 * Generous on purpose: a CPU-bound loop uses its wall time as CPU time, so 0.5 leaves room for a
 * busy machine, and any real work passes.
 */
export function cpuTime(options: CpuTimeOptions): Check {
  const where = options.where ?? 'all';
  const share = options.atLeast ?? 0.5;
  return {
    id: options.id ?? 'cpu-time',
    title: options.title,
    hint: options.hint,
    evaluate(view, { t, hint }) {
      const claims = view.stdout.map((l) => Number(options.claimed.exec(l.text)?.groups?.ms)).filter((n) => Number.isFinite(n) && n > 0);
      if (claims.length === 0) return { status: 'fail', message: withHint(t.noWorkReported, hint(options.hint)) };
      const used = observedCpu(view, where);
      if (!used) return notObservedSaying(t.notObservedCpu());
      if (used.measured === 0 && used.unmeasured > 0) return { status: 'undecided', message: t.cpuUnmeasured(t.whose[where]) };
      const claimed = claims.reduce((a, b) => a + b, 0);
      const facts = t.cpuFacts(claimed, t.whose[where], used.ms);
      if (used.ms >= share * claimed) return { status: 'pass', message: t.cpuPass(facts) };
      return { status: 'fail', message: withHint(t.cpuFail(facts, where), hint(options.hint)) };
    },
  };
}

export interface FollowsEndsOptions extends CheckOptions {
  title: string;
  /** Whose ends the line must follow: the worker threads or the child processes the program started. */
  of: 'workers' | 'children';
  /** At least this many of them must have run (default 1). */
  atLeast?: number;
}

/**
 * A report line comes after the ends it reports: the first line matching `pattern` was written
 * after every worker (or child) finished its work, by the observed clock (its last message to the
 * parent, else its exit). Catches a report printed while the work is still running, e.g. after a
 * `Promise.all` nobody awaited.
 */
export function followsEnds(pattern: RegExp, options: FollowsEndsOptions): Check {
  const noun = options.of === 'workers' ? 'worker' : 'child process';
  return {
    id: options.id ?? 'report-follows-ends',
    title: options.title,
    hint: options.hint,
    evaluate(view, context) {
      const { t, hint } = context;
      const n = context.noun(noun);
      const ran = options.of === 'workers' ? workers(view) : childProcesses(view);
      if (!ran) return notObservedSaying(t.notObservedEnds(n));
      const line = view.stdout.find((l) => pattern.test(l.text));
      if (!line) return { status: 'fail', message: withHint(t.noReportLine, hint(options.hint)) };
      const need = options.atLeast ?? 1;
      if (ran.length < need) return { status: 'fail', message: withHint(t.tooFewRan(quote(line.text), ran.length, n, need), hint(options.hint)) };
      const first = view.lines[0]?.t ?? 0;
      const late = ran.filter((r) => {
        const end = endOf(r);
        return end === undefined || end > line.t;
      });
      if (late.length === 0) return { status: 'pass', message: t.afterEveryEnd(quote(line.text), n) };
      const when = late.map((r) => {
        const end = endOf(r);
        return end === undefined ? t.neverFinished : t.finishedAt(t.seconds(end - first));
      });
      return {
        status: 'fail',
        message: withHint(t.beforeEnds(quote(line.text), t.seconds(line.at), late.length, ran.length, n, t.list([...new Set(when)])), hint(options.hint)),
      };
    },
  };
}

/**
 * Turns a passing verdict into "could not decide" when `blind` gives a reason: for checks that a
 * lucky run passes without proving anything (random durations that happen to finish in input
 * order cannot tell "results in input order" from "results in finish order").
 */
export function blindWhen(check: Check, blind: (view: RunView, context: CheckContext) => string | null): Check {
  return {
    ...check,
    evaluate(view, context): Verdict {
      const verdict = check.evaluate(view, context);
      if (verdict.status !== 'pass') return verdict;
      const reason = blind(view, context);
      return reason === null ? verdict : { status: 'undecided', message: context.t.runAgain(reason) };
    },
  };
}
