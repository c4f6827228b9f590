import { quote } from '../format.ts';
import type { CheckContext } from '../check-texts.ts';
import { en, plural, type CheckMessages, type Noun } from '../messages/index.ts';
import { findSpans, type TaskPatterns, type TaskSpan } from '../spans.ts';
import { notObservedSaying, observedPids, observedThreadIds } from '../observed.ts';
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

type Ended = TaskSpan & { end: NonNullable<TaskSpan['end']> };
type Complete = { ok: true; spans: Ended[] } | { ok: false; verdict: Verdict };

/**
 * Checks about a set of tasks a program reports as start/end lines. One definition per lesson;
 * each method returns a Check that reads the same spans, so messages and the timeline agree.
 * Messages come from the report's catalog (context.t), the noun in the report's language.
 */
export function taskSet(options: TaskSetOptions) {
  const word = options.noun ?? DEFAULT_NOUN[options.kind];
  const english: Noun = { one: word, many: plural(word) };
  const spansOf = (view: RunView) => findSpans(view, options);
  /** A check with a built-in title: English now, the report's language via defaultTitle. */
  const titled = (title: string | undefined, byCatalog: (t: CheckMessages, n: Noun) => string) =>
    title !== undefined ? { title } : { title: byCatalog(en, english), defaultTitle: (t: CheckMessages, noun: (w: string) => Noun) => byCatalog(t, noun(word)) };

  function complete(view: RunView, { t, noun }: CheckContext): Complete {
    const n = noun(word);
    const spans = spansOf(view);
    const byName = new Map(spans.map((s) => [s.task, s]));
    const missingStart = options.expected.filter((name) => !byName.has(name));
    if (missingStart.length > 0) return { ok: false, verdict: { status: 'fail', message: t.noStart(n, t.list(missingStart)) } };
    const missingEnd = options.expected.filter((name) => byName.get(name)?.end === null);
    if (missingEnd.length > 0) {
      const stopped = view.run.exit.reason !== 'exited' ? (view.run.exit.message ?? t.runEnded(view.run.exit.reason)) : null;
      return { ok: false, verdict: { status: 'fail', message: t.noEnd(n, t.list(missingEnd), missingEnd.length, stopped) } };
    }
    const expected = options.expected.map((name) => byName.get(name)).filter((s) => s !== undefined);
    return { ok: true, spans: expected.filter((s): s is Ended => s.end !== null) };
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
        ...titled(o.title, (t, n) => t.allFinishTitle(n, t.list(options.expected))),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const result = complete(view, context);
          if (!result.ok) return { ...result.verdict, message: withHint(result.verdict.message, hint(o.hint)) };
          return { status: 'pass', message: t.allFinishPass(t.list(options.expected)) };
        },
      };
    },

    /** Every task starts before the first one ends: they ran at the same time, not one after another. */
    overlap(o: CheckOptions = {}): Check {
      return {
        id: o.id ?? 'tasks-overlap',
        ...titled(o.title, (t, n) => t.overlapTitle(n)),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const n = context.noun(word);
          const result = complete(view, context);
          if (!result.ok) return result.verdict;
          // Line order, not timestamps: lines printed in one tick share a timestamp, but never an index.
          const firstEnd = result.spans.reduce((a, b) => (b.end.index < a.end.index ? b : a));
          const late = result.spans.filter((s) => s.start.index > firstEnd.end.index);
          if (late.length === 0) {
            const lastStart = Math.max(...result.spans.map((s) => s.start.at));
            return { status: 'pass', message: t.overlapPass(n, t.seconds(lastStart), firstEnd.task, t.seconds(firstEnd.end.at)) };
          }
          const unheld = didNotWait(result.spans, t, n);
          if (unheld) return { status: 'fail', message: unheld };
          const names = late.map((s) => s.task);
          return {
            status: 'fail',
            message: withHint(
              t.overlapFail(n, t.list(names), names.length, firstEnd.task, t.seconds(firstEnd.end.at), late[0]?.task ?? '', t.seconds(late[0]?.start.at ?? 0)),
              hint(o.hint),
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
        ...titled(o.title, (t, n) => t.totalTitle(n)),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const n = context.noun(word);
          const result = complete(view, context);
          if (!result.ok) return result.verdict;
          const planned = result.spans.map((s) => Number(s.fields[field]) * 1000);
          if (planned.some((ms) => !Number.isFinite(ms))) return { status: 'fail', message: t.noDuration(n) };
          const longest = Math.max(...planned);
          const sum = planned.reduce((a, b) => a + b, 0);
          const total = Math.max(...result.spans.map((s) => s.end.t)) - Math.min(...result.spans.map((s) => s.start.t));
          const facts = t.totalFacts(n, t.seconds(total), t.seconds(longest), t.seconds(sum));
          if (total < longest - early) return { status: 'fail', message: t.totalTooShort(facts, n) };
          const midpoint = (longest + sum) / 2;
          if (total > longest + late || (result.spans.length > 1 && total >= midpoint)) {
            const nearSum = Math.abs(total - sum) < Math.abs(total - longest);
            return { status: 'fail', message: withHint(nearSum ? t.totalNearSum(facts, n) : t.totalOverLongest(facts, n), hint(o.hint)) };
          }
          return { status: 'pass', message: t.totalPass(facts) };
        },
      };
    },

    /**
     * Every task reports the same value in a field: e.g. one pid (one process), one thread. On an
     * observed run, printed pids and threadIds must belong to processes and workers that existed.
     */
    same(field: string, o: IdFieldOptions): Check {
      return fieldCheck(field, o, (values) => values.size === 1, (t, n, values, spans) =>
        values.size === 1 ? t.sameValue(n, field, [...values][0] ?? '') : t.differentValues(n, field, describe(spans, field)),
      );
    },

    /** Every task reports a different value in a field: e.g. one process each. Ids are cross-checked as in `same`. */
    distinct(field: string, o: IdFieldOptions): Check {
      return fieldCheck(field, o, (values, spans) => values.size === spans.length, (t, n, values, spans) =>
        values.size === spans.length ? t.ownValues(n, field, describe(spans, field)) : t.sharedValues(n, field, describe(spans, field)),
      );
    },

    /**
     * The tasks start close together: the last start line comes at most `withinMs` after the first.
     * Forked children need ~150 ms each to boot, so allow ~300 ms for processes, ~50 ms for promises.
     */
    startTogether(o: CheckOptions & { withinMs: number }): Check {
      return {
        id: o.id ?? 'tasks-start-together',
        ...titled(o.title, (t, n) => t.startTogetherTitle(n)),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const n = context.noun(word);
          const result = complete(view, context);
          if (!result.ok) return result.verdict;
          const starts = result.spans.map((s) => s.start.t);
          const spread = Math.max(...starts) - Math.min(...starts);
          if (spread <= o.withinMs) return { status: 'pass', message: t.startSpread(n, t.seconds(spread)) };
          return { status: 'fail', message: withHint(t.startSpreadFail(n, t.seconds(spread), t.seconds(o.withinMs)), hint(o.hint)) };
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
        ...titled(o.title, (t, n) => t.concurrencyTitle(n, o.max)),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const n = context.noun(word);
          const result = complete(view, context);
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
          const when = at ? t.at(t.seconds(at.at)) : '';
          if (peak > o.max) return { status: 'fail', message: withHint(t.overLimit(n, peak, when, o.max), hint(o.hint)) };
          if (o.min !== undefined && peak < o.min) return { status: 'fail', message: withHint(t.underMin(n, peak, o.max), hint(o.hint)) };
          return { status: 'pass', message: t.concurrencyPass(n, peak, when) };
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
        ...titled(o.title, (t, n) => t.waitsTitle(n)),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const n = context.noun(word);
          const result = complete(view, context);
          if (!result.ok) return result.verdict;
          const timers = view.observed?.timers;
          if (!timers) return notObservedSaying(t.notObservedWaits(n));
          const first = view.lines[0]?.t ?? 0;
          const used = new Set<number>();
          const missing: string[] = [];
          for (const span of result.spans) {
            const planned = Number(span.fields[field]) * 1000;
            if (!Number.isFinite(planned)) return { status: 'fail', message: t.noDuration(n) };
            const slack = Math.max(25, planned * 0.05);
            const index = timers.findIndex(
              (timer, i) =>
                !used.has(i) &&
                Math.abs(timer.ms - planned) <= slack &&
                Math.abs(timer.setAt - span.start.t) <= within &&
                (span.start.writer === undefined || timer.pid === span.start.writer.pid),
            );
            if (index === -1) missing.push(`${span.task} (${t.seconds(planned)})`);
            else used.add(index);
          }
          if (missing.length === 0) return { status: 'pass', message: t.waitsPass(n) };
          const seen = timers.filter((timer) => timer.ms >= 100).slice(0, 6).map((timer) => t.waitSeen(t.seconds(timer.ms), t.seconds(timer.setAt - first)));
          return { status: 'fail', message: withHint(t.waitsFail(n, missing, seen.length > 0 ? t.list(seen) : null), hint(o.hint)) };
        },
      };
    },

    /**
     * Why a run cannot tell "in input order" from "in finish order", or null when it can: when the
     * tasks happened to finish in the order they were given, both orders are the same. Use with
     * `blindWhen` on checks about result order where durations are random.
     */
    finishOrderBlind(view: RunView, context?: CheckContext): string | null {
      const spans = spansOf(view).filter((s) => s.end !== null && options.expected.includes(s.task));
      if (spans.length < 2) return null;
      const byEnd = [...spans].sort((a, b) => (a.end?.index ?? 0) - (b.end?.index ?? 0)).map((s) => s.task);
      const inInput = options.expected.filter((name) => byEnd.includes(name));
      if (byEnd.join() !== inInput.join()) return null;
      return context ? context.t.finishOrderBlind(context.noun(word)) : en.finishOrderBlind(english);
    },

    /** A line matching `pattern` comes after every task's end line: the program waited for them all. */
    followedBy(pattern: RegExp, o: CheckOptions & { title?: string } = {}): Check {
      return {
        id: o.id ?? 'waits-for-tasks',
        // The title is optional: without one, the check says what it looks for.
        ...titled(o.title, (t, n) => t.followedByTitle(String(pattern), n)),
        hint: o.hint,
        evaluate(view, context) {
          const { t, hint } = context;
          const n = context.noun(word);
          const line = view.stdout.find((l) => pattern.test(l.text));
          if (!line) return { status: 'fail', message: noLine(pattern, o, t) };
          const result = complete(view, context);
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
                  (timer) =>
                    timer.pid === line.writer?.pid && timer.thread === line.writer?.thread && timer.setAt < lastEnd && timer.firedAt !== undefined && timer.firedAt > lastEnd && timer.firedAt <= line.t,
                )
              : undefined;
            if (own) return { status: 'fail', message: withHint(t.ownTimer(quote(line.text), n, t.seconds(own.ms)), hint(o.hint)) };
            return { status: 'pass', message: t.afterEveryFinish(quote(line.text), n) };
          }
          return { status: 'fail', message: withHint(t.printedBefore(quote(line.text), n, t.list(after.map((s) => s.task)), after.length), hint(o.hint)) };
        },
      };
    },
  };

  /**
   * A message when a task printed its end line far sooner than its start line says it waits: its
   * wait never held it up (a sleep that was not awaited). Then "ran one after the other" would
   * send the learner the wrong way. Null when every task took at least half its planned time.
   */
  function didNotWait(spans: readonly Ended[], t: CheckMessages, n: Noun): string | null {
    const quick = spans.filter((s) => {
      const planned = Number(s.fields.seconds) * 1000;
      return Number.isFinite(planned) && planned >= 200 && s.end.t - s.start.t < planned / 2;
    });
    const first = quick[0];
    if (!first) return null;
    return t.didNotWait(n, t.list(quick.map((s) => s.task)), quick.length, first.task, t.seconds(first.end.t - first.start.t), t.seconds(Number(first.fields.seconds) * 1000));
  }

  function fieldCheck(
    field: string,
    o: IdFieldOptions,
    ok: (values: Set<string>, spans: TaskSpan[]) => boolean,
    say: (t: CheckMessages, n: Noun, values: Set<string>, spans: TaskSpan[]) => string,
  ): Check {
    return {
      id: o.id ?? `${field}-values`,
      title: o.title,
      hint: o.hint,
      evaluate(view, context) {
        const { t, hint } = context;
        const n = context.noun(word);
        const spans = spansOf(view).filter((s) => options.expected.includes(s.task));
        const missing = options.expected.filter((name) => !spans.some((s) => s.task === name && s.fields[field] !== undefined));
        if (missing.length > 0) return { status: 'fail', message: t.missingField(n, t.list(missing), missing.length, field) };
        const kind = idKind(field, o);
        if (kind !== false && view.observed) {
          const unreal = spans.filter((s) => {
            const value = Number(s.fields[field]);
            const known = kind === 'pid' ? observedPids(view) : observedThreadIds(view, s.start.writer?.pid);
            return !Number.isInteger(value) || !known?.has(value);
          });
          // A real id is not enough: the line must have been written by the process (or thread) it names.
          const misnamed =
            unreal.length > 0
              ? []
              : spans.filter((s) => {
                  const writer = s.start.writer;
                  if (!writer) return false;
                  return Number(s.fields[field]) !== (kind === 'pid' ? writer.pid : writer.thread);
                });
          if (misnamed.length > 0) {
            const items = misnamed.map((s) => t.misnamedId(n, s.task, field, s.fields[field] ?? '', kind, String(kind === 'pid' ? s.start.writer?.pid : s.start.writer?.thread)));
            return { status: 'fail', message: withHint(t.misnamedIds(items, n, kind), hint(o.hint)) };
          }
          if (unreal.length > 0) {
            const items = unreal.map((s) => t.unrealId(n, s.task, field, s.fields[field] ?? ''));
            return { status: 'fail', message: withHint(t.unrealIds(items, n, kind), hint(o.hint)) };
          }
        }
        const values = new Set(spans.map((s) => s.fields[field] ?? ''));
        const message = say(t, n, values, spans);
        return ok(values, spans) ? { status: 'pass', message } : { status: 'fail', message: withHint(message, hint(o.hint)) };
      },
    };
  }
}

function describe(spans: TaskSpan[], field: string): string {
  return spans.map((s) => `${s.task} → ${s.fields[field] ?? '?'}`).join(', ');
}

