import { listWords, quote, seconds } from '../format.ts';
import { findSpans, type TaskPatterns, type TaskSpan } from '../spans.ts';
import { notObserved, observedPids, observedThreadIds } from '../observed.ts';
import type { Check, RunView, Verdict } from '../types.ts';
import { noLine, withHint, type CheckOptions } from './program.ts';

/**
 * What kind of id a field holds, for checking printed ids against the processes and workers that
 * really existed (on observed runs). By default a field named `pid` holds process ids and one named
 * `thread`/`threadId` thread ids; `false` turns the cross-check off.
 */
export interface IdFieldOptions extends CheckOptions {
  title: string;
  ids?: 'pid' | 'thread' | false;
}

function idKind(field: string, o: IdFieldOptions): 'pid' | 'thread' | false {
  if (o.ids !== undefined) return o.ids;
  if (/^pid$/i.test(field)) return 'pid';
  if (/^thread(id)?$/i.test(field)) return 'thread';
  return false;
}

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
          const unheld = didNotWait(result.spans);
          if (unheld) return { status: 'fail', message: unheld };
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

    /**
     * Every task reports the same value in a field: e.g. one pid (one process), one thread. On an
     * observed run, printed pids and threadIds must belong to processes and workers that existed.
     */
    same(field: string, o: IdFieldOptions): Check {
      return fieldCheck(field, o, (values) => values.size === 1, (values, spans) =>
        values.size === 1
          ? `Every ${noun} reported ${field} ${[...values][0]}.`
          : `The ${nouns} reported different ${field} values: ${describe(spans, field)}.`,
      );
    },

    /** Every task reports a different value in a field: e.g. one process each. Ids are cross-checked as in `same`. */
    distinct(field: string, o: IdFieldOptions): Check {
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

    /**
     * Each task really waits as long as its start line says: on an observed run, a timer of about
     * the task's planned duration (within 5 %, at least 25 ms) was set when the task started (within
     * `withinMs`, default 250 ms) in the process that printed the start line. Catches programs that
     * print the expected lines on a schedule of their own (e.g. one after another with staggered sleeps).
     */
    waitsAsReported(o: TimingOptions & { withinMs?: number } = {}): Check {
      const field = o.durationField ?? 'seconds';
      const within = o.withinMs ?? 250;
      return {
        id: o.id ?? 'waits-observed',
        title: o.title ?? `Each ${noun} really waits as long as it says`,
        evaluate(view) {
          const result = complete(view);
          if (!result.ok) return result.verdict;
          const timers = view.observed?.timers;
          if (!timers) return notObserved(`the waits of the ${nouns}`);
          const first = view.lines[0]?.t ?? 0;
          const used = new Set<number>();
          const missing: string[] = [];
          for (const span of result.spans) {
            const planned = Number(span.fields[field]) * 1000;
            if (!Number.isFinite(planned)) return { status: 'fail', message: `Every start line must say how long its ${noun} takes (in seconds); one of them does not.` };
            const slack = Math.max(25, planned * 0.05);
            const index = timers.findIndex(
              (t, i) =>
                !used.has(i) &&
                Math.abs(t.ms - planned) <= slack &&
                Math.abs(t.setAt - span.start.t) <= within &&
                (span.start.writer === undefined || t.pid === span.start.writer.pid),
            );
            if (index === -1) missing.push(`${span.task} (${seconds(planned)})`);
            else used.add(index);
          }
          if (missing.length === 0) return { status: 'pass', message: `Each ${noun} started a wait of the length it reported when it started.` };
          const seen = timers.filter((t) => t.ms >= 100).slice(0, 6).map((t) => `${seconds(t.ms)} at ${seconds(t.setAt - first)}`);
          return {
            status: 'fail',
            message: withHint(
              `No wait of the reported length started when ${missing.length > 1 ? `${nouns} ${listWords(missing)} started` : `${noun} ${missing[0]} started`}${seen.length > 0 ? ` (waits seen: ${listWords(seen)})` : ' (no waits were seen at all)'}. Each ${noun} must do its own wait, started when it starts, not print its lines on a schedule.`,
              o.hint,
            ),
          };
        },
      };
    },

    /**
     * Why a run cannot tell "in input order" from "in finish order", or null when it can: when the
     * tasks happened to finish in the order they were given, both orders are the same. Use with
     * `blindWhen` on checks about result order where durations are random.
     */
    finishOrderBlind(view: RunView): string | null {
      const spans = spansOf(view).filter((s) => s.end !== null && options.expected.includes(s.task));
      if (spans.length < 2) return null;
      const byEnd = [...spans].sort((a, b) => (a.end?.index ?? 0) - (b.end?.index ?? 0)).map((s) => s.task);
      const inInput = options.expected.filter((name) => byEnd.includes(name));
      return byEnd.join() === inInput.join() ? `The ${nouns} happened to finish in the order they were given, so this run cannot show whether results keep the input order.` : null;
    },

    /** A line matching `pattern` comes after every task's end line: the program waited for them all. */
    followedBy(pattern: RegExp, o: CheckOptions & { title?: string } = {}): Check {
      return {
        id: o.id ?? 'waits-for-tasks',
        // The title is optional: without one, the check says what it looks for.
        title: o.title ?? `A line matching ${String(pattern)} comes after every ${noun} finished`,
        evaluate(view) {
          const line = view.stdout.find((l) => pattern.test(l.text));
          if (!line) return { status: 'fail', message: noLine(pattern, o) };
          const result = complete(view);
          if (!result.ok) return result.verdict;
          const after = result.spans.filter((s) => s.end.index > line.index);
          if (after.length === 0) {
            // On an observed run, the report must follow from the ends, not from a clock of its own:
            // awaiting the tasks resumes in the same turn as the last end (microtasks run before the
            // next timer callback), so no timer of the report's thread fires in between. A program
            // that prints every line from a timer set in advance has one there.
            const lastEnd = Math.max(...result.spans.map((s) => s.end.t));
            const own = line.writer
              ? view.observed?.timers.find(
                  (t) => t.pid === line.writer?.pid && t.thread === line.writer?.thread && t.setAt < lastEnd && t.firedAt !== undefined && t.firedAt > lastEnd && t.firedAt <= line.t,
                )
              : undefined;
            if (own) {
              return {
                status: 'fail',
                message: withHint(
                  `${quote(line.text)} came after the ${nouns} ended, but it was printed by a timer of its own (${seconds(own.ms)}, set before they ended), not because they ended: the program only printed its lines on a schedule. Print the report right after awaiting the ${nouns}.`,
                  o.hint,
                ),
              };
            }
            return { status: 'pass', message: `${quote(line.text)} came after every ${noun} finished.` };
          }
          return {
            status: 'fail',
            message: withHint(`${quote(line.text)} was printed before ${noun} ${listWords(after.map((s) => s.task))} finished: nothing waited for ${after.length > 1 ? 'them' : 'it'}.`, o.hint),
          };
        },
      };
    },
  };

  /**
   * A message when a task printed its end line far sooner than its start line says it waits: its
   * wait never held it up (a sleep that was not awaited). Then "ran one after the other" would
   * send the learner the wrong way. Null when every task took at least half its planned time.
   */
  function didNotWait(spans: readonly (TaskSpan & { end: NonNullable<TaskSpan['end']> })[]): string | null {
    const quick = spans.filter((s) => {
      const planned = Number(s.fields.seconds) * 1000;
      return Number.isFinite(planned) && planned >= 200 && s.end.t - s.start.t < planned / 2;
    });
    if (quick.length === 0) return null;
    const first = quick[0] as TaskSpan & { end: NonNullable<TaskSpan['end']> };
    const many = quick.length > 1;
    return `${capital(many ? nouns : noun)} ${listWords(quick.map((s) => s.task))} printed ${many ? 'their' : 'its'} end line right after ${many ? 'their' : 'its'} start line (${first.task}: ${seconds(first.end.t - first.start.t)} later, though it says it waits ${seconds(Number(first.fields.seconds) * 1000)}): the wait did not hold ${many ? 'them' : 'it'} up. A promise that is not awaited runs on while the code after it goes ahead: await the sleep inside the ${noun}.`;
  }

  function fieldCheck(
    field: string,
    o: IdFieldOptions,
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
        const kind = idKind(field, o);
        if (kind !== false && view.observed) {
          const unreal = spans.filter((s) => {
            const value = Number(s.fields[field]);
            const known = kind === 'pid' ? observedPids(view) : observedThreadIds(view, s.start.writer?.pid);
            return !Number.isInteger(value) || !known?.has(value);
          });
          // A real id is not enough: the line must have been written by the process (or thread) it names.
          const misnamed = unreal.length > 0 ? [] : spans.filter((s) => {
            const writer = s.start.writer;
            if (!writer) return false;
            return Number(s.fields[field]) !== (kind === 'pid' ? writer.pid : writer.thread);
          });
          if (misnamed.length > 0) {
            const what = kind === 'pid' ? 'process' : 'thread';
            const real = kind === 'pid' ? `process.pid` : `threadId (from node:worker_threads)`;
            return {
              status: 'fail',
              message: withHint(
                `${misnamed.map((s) => `${capital(noun)} ${s.task}'s start line says ${field} ${s.fields[field]}, but it was written by ${what} ${kind === 'pid' ? s.start.writer?.pid : s.start.writer?.thread}`).join('; ')}. Each ${noun} must print its own ${real}, from inside the ${what} that runs it.`,
                o.hint,
              ),
            };
          }
          if (unreal.length > 0) {
            const what = kind === 'pid' ? 'process' : 'thread';
            const real = kind === 'pid' ? `process.pid` : `threadId (from node:worker_threads)`;
            return {
              status: 'fail',
              message: withHint(
                `${unreal.map((s) => `${capital(noun)} ${s.task} reported ${field} ${s.fields[field]}`).join('; ')}, but no ${what} with that id ran in this program. Print the real ${real} of the ${what} that runs the ${noun}.`,
                o.hint,
              ),
            };
          }
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
