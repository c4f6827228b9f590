import { listWords, quote, seconds } from '../format.ts';
import { findSpans, type TaskPatterns, type TaskSpan } from '../spans.ts';
import type { Check, RunView, Verdict } from '../types.ts';
import { withHint, type CheckOptions } from './program.ts';

export interface TaskSetOptions extends TaskPatterns {
  /** The tasks the program must report, by the name the `task` group captures, e.g. ["A", "B"]. */
  expected: readonly string[];
  /** How messages call one task, e.g. "child" or "worker"; by default "process", "thread" or "task" after `kind`. */
  noun?: string;
}

export interface TimingOptions extends CheckOptions {
  /** Named group on the start line holding the task's planned duration in seconds (default "seconds"). */
  durationField?: string;
  /**
   * How much sooner than the longest task the whole run may end (ms). Timers never fire early, but
   * lines are stamped when the runtime receives them: on a loaded machine the first line can be
   * stamped up to ~0.1 s late, which shortens the measured total (seen in the repeat-run experiment).
   */
  earlyToleranceMs?: number;
  /** How much later than the longest task it may end (ms). Busy machines are late, never early. */
  lateToleranceMs?: number;
}

const DEFAULT_NOUN = { process: 'process', thread: 'thread', coroutine: 'task' } as const;

type Complete = { ok: true; spans: (TaskSpan & { end: NonNullable<TaskSpan['end']> })[] } | { ok: false; verdict: Verdict };

/**
 * Checks about a set of tasks a program reports as start/end lines. One definition per lesson;
 * each method returns a Check that reads the same spans, so messages and the timeline agree.
 */
export function taskSet(options: TaskSetOptions) {
  const noun = options.noun ?? DEFAULT_NOUN[options.kind];
  const nouns = plural(noun);
  const spansOf = (view: RunView) => findSpans(view, options);

  function complete(view: RunView): Complete {
    const spans = spansOf(view);
    const byName = new Map(spans.map((s) => [s.task, s]));
    const missingStart = options.expected.filter((name) => !byName.has(name));
    if (missingStart.length > 0) {
      return { ok: false, verdict: { status: 'fail', message: `No start line from ${noun} ${listWords(missingStart)}: check that every ${noun} is started and prints its start line.` } };
    }
    const missingEnd = options.expected.filter((name) => byName.get(name)?.end === null);
    if (missingEnd.length > 0) {
      const stopped = view.run.exit.reason !== 'exited' ? ` (${view.run.exit.message ?? `the run ended: ${view.run.exit.reason}`})` : '';
      return {
        ok: false,
        verdict: {
          status: 'fail',
          message: `${capital(missingEnd.length > 1 ? nouns : noun)} ${listWords(missingEnd)} started but never printed ${missingEnd.length > 1 ? 'their end lines' : 'its end line'}${stopped}. Does the program wait for every ${noun} before it ends?`,
        },
      };
    }
    const expected = options.expected.map((name) => byName.get(name)).filter((s) => s !== undefined);
    return { ok: true, spans: expected.filter((s): s is TaskSpan & { end: NonNullable<TaskSpan['end']> } => s.end !== null) };
  }

  return {
    /** The patterns, for `defineChecks({ timeline })`: the timeline draws the spans the checks read. */
    patterns: { start: options.start, end: options.end, kind: options.kind } satisfies TaskPatterns,
    /** The spans the checks use. */
    spans: spansOf,

    /** Every expected task printed its start line and, later, its end line. */
    allFinish(o: CheckOptions = {}): Check {
      return {
        id: o.id ?? 'tasks-finish',
        title: o.title ?? `Every ${noun} starts and finishes (${listWords(options.expected)})`,
        evaluate(view) {
          const result = complete(view);
          if (!result.ok) return { ...result.verdict, message: withHint(result.verdict.message, o.hint) };
          return { status: 'pass', message: `${listWords(options.expected)} each printed a start line and an end line.` };
        },
      };
    },

    /** Every task starts before the first one ends: they ran at the same time, not one after another. */
    overlap(o: CheckOptions = {}): Check {
      return {
        id: o.id ?? 'tasks-overlap',
        title: o.title ?? `The ${nouns} run at the same time`,
        evaluate(view) {
          const result = complete(view);
          if (!result.ok) return result.verdict;
          // Line order, not timestamps: lines printed in one tick share a timestamp, but never an index.
          const firstEnd = result.spans.reduce((a, b) => (b.end.index < a.end.index ? b : a));
          const late = result.spans.filter((s) => s.start.index > firstEnd.end.index);
          if (late.length === 0) {
            const lastStart = Math.max(...result.spans.map((s) => s.start.at));
            return { status: 'pass', message: `Every ${noun} started (the last at ${seconds(lastStart)}) before the first one ended (${firstEnd.task} at ${seconds(firstEnd.end.at)}).` };
          }
          const names = late.map((s) => s.task);
          return {
            status: 'fail',
            message: withHint(
              `${capital(names.length > 1 ? nouns : noun)} ${listWords(names)} started only after ${noun} ${firstEnd.task} ended (${firstEnd.task} ended at ${seconds(firstEnd.end.at)}, ${late[0]?.task} started at ${seconds(late[0]?.start.at ?? 0)}): the ${nouns} ran one after the other.`,
              o.hint,
            ),
          };
        },
      };
    },

    /**
     * The whole set takes about as long as its longest task, clearly less than the sum. Measured from
     * the first start line to the last end line, so process start-up never counts. Passes when
     * longest − early ≤ total ≤ longest + late and total < (longest + sum) / 2.
     */
    totalNearLongest(o: TimingOptions = {}): Check {
      const field = o.durationField ?? 'seconds';
      const early = o.earlyToleranceMs ?? 150;
      const late = o.lateToleranceMs ?? 600;
      return {
        id: o.id ?? 'total-time',
        title: o.title ?? `All ${nouns} together take about as long as the longest one, not the sum`,
        evaluate(view) {
          const result = complete(view);
          if (!result.ok) return result.verdict;
          const planned = result.spans.map((s) => Number(s.fields[field]) * 1000);
          if (planned.some((ms) => !Number.isFinite(ms))) {
            return { status: 'fail', message: `Every start line must say how long its ${noun} takes (in seconds); one of them does not.` };
          }
          const longest = Math.max(...planned);
          const sum = planned.reduce((a, b) => a + b, 0);
          const total = Math.max(...result.spans.map((s) => s.end.t)) - Math.min(...result.spans.map((s) => s.start.t));
          const facts = `took ${seconds(total)} from the first start to the last end; the longest ${noun} takes ${seconds(longest)}, all of them added up ${seconds(sum)}`;
          if (total < longest - early) {
            return { status: 'fail', message: `The ${nouns} ${facts}. That is shorter than the longest ${noun}: does every ${noun} really wait as long as it says?` };
          }
          const midpoint = (longest + sum) / 2;
          if (total > longest + late || (result.spans.length > 1 && total >= midpoint)) {
            const nearSum = Math.abs(total - sum) < Math.abs(total - longest);
            const why = nearSum ? ` That is about the sum: the ${nouns} waited one after the other.` : ` That is well over the longest ${noun}.`;
            return { status: 'fail', message: withHint(`The ${nouns} ${facts}.${why}`, o.hint) };
          }
          return { status: 'pass', message: `The ${nouns} ${facts}.` };
        },
      };
    },

    /** Every task reports the same value in a field: e.g. one pid (one process), one thread. */
    same(field: string, o: CheckOptions & { title: string }): Check {
      return fieldCheck(field, o, (values) => values.size === 1, (values, spans) =>
        values.size === 1
          ? `Every ${noun} reported ${field} ${[...values][0]}.`
          : `The ${nouns} reported different ${field} values: ${describe(spans, field)}.`,
      );
    },

    /** Every task reports a different value in a field: e.g. one process each. */
    distinct(field: string, o: CheckOptions & { title: string }): Check {
      return fieldCheck(field, o, (values, spans) => values.size === spans.length, (values, spans) =>
        values.size === spans.length
          ? `Each ${noun} reported its own ${field}: ${describe(spans, field)}.`
          : `Some ${nouns} share a ${field}: ${describe(spans, field)}.`,
      );
    },

    /**
     * The tasks start close together: the last start line comes at most `withinMs` after the first.
     * Forked children need ~150 ms each to boot, so allow ~300 ms for processes, ~50 ms for promises.
     */
    startTogether(o: CheckOptions & { withinMs: number }): Check {
      return {
        id: o.id ?? 'tasks-start-together',
        title: o.title ?? `The ${nouns} start at about the same time`,
        evaluate(view) {
          const result = complete(view);
          if (!result.ok) return result.verdict;
          const starts = result.spans.map((s) => s.start.t);
          const spread = Math.max(...starts) - Math.min(...starts);
          const facts = `The last ${noun} started ${seconds(spread)} after the first`;
          if (spread <= o.withinMs) return { status: 'pass', message: `${facts}.` };
          return { status: 'fail', message: withHint(`${facts}; at most ${seconds(o.withinMs)} was expected.`, o.hint) };
        },
      };
    },

    /**
     * At most `max` tasks run at once (and, with `min`, at some moment at least `min` do): the shape
     * of a concurrency limit. Counted from the order of start and end lines, not from timestamps.
     */
    concurrency(o: CheckOptions & { max: number; min?: number }): Check {
      return {
        id: o.id ?? 'tasks-concurrency',
        title: o.title ?? `At most ${o.max} ${nouns} run at once`,
        evaluate(view) {
          const result = complete(view);
          if (!result.ok) return result.verdict;
          const events = result.spans
            .flatMap((s) => [
              { index: s.start.index, step: 1, task: s.task },
              { index: s.end.index, step: -1, task: s.task },
            ])
            .sort((a, b) => a.index - b.index);
          let running = 0;
          let peak = 0;
          let peakAt = 0;
          for (const event of events) {
            running += event.step;
            if (running > peak) {
              peak = running;
              peakAt = event.index;
            }
          }
          const at = view.lines[peakAt];
          const when = at ? ` (at ${seconds(at.at)})` : '';
          if (peak > o.max) {
            return { status: 'fail', message: withHint(`${peak} ${nouns} were running at once${when}; the limit is ${o.max}.`, o.hint) };
          }
          if (o.min !== undefined && peak < o.min) {
            return {
              status: 'fail',
              message: withHint(`Never more than ${peak} ${noun}${peak === 1 ? '' : 's'} ran at once; up to ${o.max} may, so the work could overlap more.`, o.hint),
            };
          }
          return { status: 'pass', message: `At most ${peak} ${nouns} ran at once${when}.` };
        },
      };
    },

    /** A line matching `pattern` comes after every task's end line: the program waited for them all. */
    followedBy(pattern: RegExp, o: CheckOptions & { title?: string } = {}): Check {
      return {
        id: o.id ?? 'waits-for-tasks',
        // The title is optional: without one, the check says what it looks for.
        title: o.title ?? `A line matching ${String(pattern)} comes after every ${noun} finished`,
        evaluate(view) {
          const line = view.stdout.find((l) => pattern.test(l.text));
          if (!line) return { status: 'fail', message: withHint(`No line of output matched ${String(pattern)}.`, o.hint) };
          const result = complete(view);
          if (!result.ok) return result.verdict;
          const after = result.spans.filter((s) => s.end.index > line.index);
          if (after.length === 0) return { status: 'pass', message: `${quote(line.text)} came after every ${noun} finished.` };
          return {
            status: 'fail',
            message: withHint(`${quote(line.text)} was printed before ${noun} ${listWords(after.map((s) => s.task))} finished: nothing waited for ${after.length > 1 ? 'them' : 'it'}.`, o.hint),
          };
        },
      };
    },
  };

  function fieldCheck(
    field: string,
    o: CheckOptions & { title: string },
    ok: (values: Set<string>, spans: TaskSpan[]) => boolean,
    say: (values: Set<string>, spans: TaskSpan[]) => string,
  ): Check {
    return {
      id: o.id ?? `${field}-values`,
      title: o.title,
      evaluate(view) {
        const spans = spansOf(view).filter((s) => options.expected.includes(s.task));
        const missing = options.expected.filter((name) => !spans.some((s) => s.task === name && s.fields[field] !== undefined));
        if (missing.length > 0) {
          const many = missing.length > 1;
          return { status: 'fail', message: `${capital(many ? nouns : noun)} ${listWords(missing)} did not report ${many ? 'their' : 'its'} ${field} on ${many ? 'their start lines' : 'its start line'}.` };
        }
        const values = new Set(spans.map((s) => s.fields[field] ?? ''));
        const message = say(values, spans);
        return ok(values, spans) ? { status: 'pass', message } : { status: 'fail', message: withHint(message, o.hint) };
      },
    };
  }
}

function describe(spans: TaskSpan[], field: string): string {
  return spans.map((s) => `${s.task} → ${s.fields[field] ?? '?'}`).join(', ');
}

/** "task" → "tasks", "process" → "processes", "child" → "children". */
export function plural(noun: string): string {
  if (noun === 'child') return 'children';
  return /(s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
