/**
 * Checks that judge what the runtime observed, not only what the program printed. On a run without
 * observations each one passes with a note (see observed.ts `notObserved`).
 */
import { listWords, quote, seconds } from '../format.ts';
import { cpuTime as observedCpu, childProcesses, endOf, notObserved, workers } from '../observed.ts';
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

const WHERE_WORDS = { all: 'the program', workers: 'its worker threads', children: 'its child processes', 'main-thread': 'its main thread' } as const;

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
    evaluate(view) {
      const claims = view.stdout.map((l) => Number(options.claimed.exec(l.text)?.groups?.ms)).filter((n) => Number.isFinite(n) && n > 0);
      if (claims.length === 0) return { status: 'fail', message: withHint('No line reported how long the work took.', options.hint) };
      const used = observedCpu(view, where);
      if (!used) return notObserved('the CPU time it used');
      if (used.measured === 0 && used.unmeasured > 0) return { status: 'undecided', message: `The CPU time of ${WHERE_WORDS[where]} could not be measured (nothing of it ended by itself). Run it again.` };
      const claimed = claims.reduce((a, b) => a + b, 0);
      const facts = `The program reported ${claimed.toFixed(0)} ms of work; ${WHERE_WORDS[where]} used ${used.ms.toFixed(0)} ms of CPU time`;
      if (used.ms >= share * claimed) return { status: 'pass', message: `${facts}.` };
      return {
        status: 'fail',
        message: withHint(`${facts}: the reported work was not done there. Do the work ${where === 'all' ? 'for real' : `in ${WHERE_WORDS[where].replace('its ', 'the ')}`} and report the time it really took.`, options.hint),
      };
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
  const nouns = options.of === 'workers' ? 'workers' : 'child processes';
  return {
    id: options.id ?? 'report-follows-ends',
    title: options.title,
    evaluate(view) {
      const ran = options.of === 'workers' ? workers(view) : childProcesses(view);
      if (!ran) return notObserved(`when its ${nouns} ended`);
      const line = view.stdout.find((l) => pattern.test(l.text));
      if (!line) return { status: 'fail', message: withHint(`The report line was not printed.`, options.hint) };
      const need = options.atLeast ?? 1;
      if (ran.length < need) {
        return { status: 'fail', message: withHint(`${quote(line.text)} was printed, but ${ran.length === 0 ? `no ${noun}` : `only ${ran.length} ${ran.length === 1 ? noun : nouns}`} ran (at least ${need} expected).`, options.hint) };
      }
      const first = view.lines[0]?.t ?? 0;
      const late = ran.filter((r) => {
        const end = endOf(r);
        return end === undefined || end > line.t;
      });
      if (late.length === 0) return { status: 'pass', message: `${quote(line.text)} came after every ${noun} had finished.` };
      const when = late.map((r) => {
        const end = endOf(r);
        return end === undefined ? 'never finished' : `finished at ${seconds(end - first)}`;
      });
      return {
        status: 'fail',
        message: withHint(
          `${quote(line.text)} was printed at ${seconds(line.at)}, before ${late.length === ran.length && ran.length > 1 ? `all ${ran.length} ${nouns}` : `${late.length} ${late.length === 1 ? noun : nouns}`} had finished (${listWords([...new Set(when)])}): the report cannot know results that were not in yet. Wait for every ${noun} before reporting.`,
          options.hint,
        ),
      };
    },
  };
}

/**
 * Turns a passing verdict into "could not decide" when `blind` gives a reason: for checks that a
 * lucky run passes without proving anything (random durations that happen to finish in input
 * order cannot tell "results in input order" from "results in finish order").
 */
export function blindWhen(check: Check, blind: (view: RunView) => string | null): Check {
  return {
    ...check,
    evaluate(view): Verdict {
      const verdict = check.evaluate(view);
      if (verdict.status !== 'pass') return verdict;
      const reason = blind(view);
      return reason === null ? verdict : { status: 'undecided', message: `${reason} Run it again.` };
    },
  };
}
