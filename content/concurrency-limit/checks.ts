import { defineChecks, exitsWith, findSpans, itemsInOrder, noUncaughtRejection, taskSet, type Check } from '#checks';

const LIMIT = 3;
const IDS = ['1', '2', '3', '4', '5', '6', '7', '8'];

// A task ends one of two ways, each with its own line.
const tasks = taskSet({
  kind: 'coroutine',
  start: /^task (?<task>\d+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^task (?<task>\d+) (?<outcome>done|timed out)$/,
  expected: IDS,
});

const HEADER = /^main: (?<count>\d+) tasks, at most (?<limit>\d+) at once, each cut off after (?<timeout>\d+(?:\.\d+)?) s$/;
const DONE = /^main: done after /;
const LATE_MS = 600;
const EARLY_MS = 50;

const pool =
  'Write a small pool: start LIMIT "lanes"; each lane takes the next task from a shared queue, awaits it, and takes another, until the queue is empty. ' +
  'Await all the lanes, and store each result at its task\'s index.';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The run takes as long as LIMIT lanes need for these durations. From the printed durations (capped at
 * the timeout) it computes the greedy schedule, where each task starts, in JOBS order, on the lane that
 * frees up first, and the lower bound no LIMIT-lane schedule can beat: max(longest, sum / LIMIT).
 * Passes when lower bound − 50 ms ≤ total ≤ greedy + 600 ms, total measured from the run's own lines.
 */
const laneSchedule: Check = {
  id: 'lane-schedule',
  title: `The total time fits ${LIMIT} lanes that never sit idle while tasks wait`,
  messages: {
    noHeader: "No line like “main: 8 tasks, at most 3 at once, each cut off after 1.5 s” was printed: keep main's first line as it is.",
    unfinished: 'Every task must print its start line and its end line (done or timed out) before this can be judged.',
    facts: 'The tasks took {total}. With {limit} lanes that start the next task the moment one frees up, these durations need {greedy}, and no {limit}-lane schedule can take less than {lower}',
    tooSoon: '{facts}. Finishing sooner means more than {limit} tasks ran at once, or tasks ended early. Keep to {limit} at a time.',
    idleLane: '{facts}. Somewhere a lane sat idle while tasks were waiting: start the next task as soon as any running one ends, not when a whole group has finished. {pool}',
    pool,
    fits: '{facts}.',
  },
  evaluate(view, { say }) {
    const header = view.stdout.find((l) => HEADER.test(l.text));
    if (!header) return { status: 'fail', message: say('noHeader') };
    const groups = HEADER.exec(header.text)?.groups ?? {};
    const limit = Number(groups.limit);
    const timeout = Number(groups.timeout) * 1000;
    const spans = findSpans(view, tasks.patterns).filter((sp) => IDS.includes(sp.task));
    if (spans.length < IDS.length || spans.some((sp) => sp.end === null)) {
      return { status: 'fail', message: say('unfinished') };
    }
    const byId = new Map(spans.map((sp) => [sp.task, sp]));
    const durations = IDS.map((id) => Math.min(Number(byId.get(id)?.fields.seconds) * 1000, timeout));
    const lanes: number[] = Array.from({ length: limit }, () => 0);
    for (const d of durations) {
      const free = lanes.indexOf(Math.min(...lanes));
      lanes[free] = (lanes[free] ?? 0) + d;
    }
    const greedy = Math.max(...lanes);
    const lower = Math.max(Math.max(...durations), durations.reduce((a, b) => a + b, 0) / limit);
    const first = Math.min(...spans.map((sp) => sp.start.t));
    const last = Math.max(...spans.map((sp) => sp.end?.t ?? 0));
    const total = last - first;
    const facts = say('facts', { total: s(total), limit, greedy: s(greedy), lower: s(lower) });
    if (total < lower - EARLY_MS) {
      return { status: 'fail', message: say('tooSoon', { facts, limit }) };
    }
    if (total > greedy + LATE_MS) {
      return {
        status: 'fail',
        message: say('idleLane', { facts, pool: say('pool') }),
      };
    }
    return { status: 'pass', message: say('fits', { facts }) };
  },
};

const IDLE_MS = 150;

/**
 * The pool's shape, from the order of the lines: tasks start in JOBS order (one shared queue), and
 * whenever a task ends while others still wait, the next one starts at once (within 150 ms by the
 * times the lines were written). Fixed lanes that each own a list of tasks (a static partition) start
 * tasks out of JOBS order or leave a place empty while tasks wait; so do batches.
 */
const nextStartsWhenOneEnds: Check = {
  id: 'next-starts-when-one-ends',
  title: `A new task starts, next in JOBS order, the moment one of the ${LIMIT} running tasks ends`,
  messages: {
    noStarts: 'Every task must print its start line before this can be judged.',
    outOfOrder:
      'The tasks started in the order {order}; a pool takes them from one shared queue, so they start 1, 2, 3, … in JOBS order. ' +
      'Task {task} started where task {next} was next: each lane had a fixed list of its own. {pool}',
    emptyPlace:
      'Task {ended} ended, but task {task} started only {after} later, though it was waiting: ' +
      'a place in the pool sat empty. Start the next task the moment any running one ends, not when a group has finished. {pool}',
    pool,
    inOrder: 'The tasks started in JOBS order, each as soon as a place was free.',
  },
  evaluate(view, { say }) {
    const spans = findSpans(view, tasks.patterns).filter((sp) => IDS.includes(sp.task));
    if (spans.length < IDS.length) return { status: 'fail', message: say('noStarts') };
    const byStart = [...spans].sort((a, b) => a.start.index - b.start.index);
    const order = byStart.map((sp) => sp.task);
    const outOfOrder = order.findIndex((id, i) => id !== IDS[i]);
    if (outOfOrder >= 0) {
      return {
        status: 'fail',
        message: say('outOfOrder', { order: order.join(', '), task: `${order[outOfOrder]}`, next: `${IDS[outOfOrder]}`, pool: say('pool') }),
      };
    }
    // Walk the starts and ends in line order: while fewer than LIMIT run and tasks wait, a place is empty.
    const events = spans
      .flatMap((sp) => [
        { index: sp.start.index, t: sp.start.t, step: 1, task: sp.task },
        ...(sp.end ? [{ index: sp.end.index, t: sp.end.t, step: -1, task: sp.task }] : []),
      ])
      .sort((a, b) => a.index - b.index);
    let running = 0;
    let started = 0;
    let emptySince: { t: number; task: string } | null = null;
    for (const event of events) {
      if (event.step === 1) {
        if (emptySince && started >= LIMIT && event.t - emptySince.t > IDLE_MS) {
          return {
            status: 'fail',
            message: say('emptyPlace', { ended: emptySince.task, task: event.task, after: s(event.t - emptySince.t), pool: say('pool') }),
          };
        }
        started += 1;
        running += 1;
        emptySince = null;
      } else {
        running -= 1;
        if (running < LIMIT && started < IDS.length && !emptySince) emptySince = { t: event.t, task: event.task };
      }
    }
    return { status: 'pass', message: say('inOrder') };
  },
};

/** The hung task is really stopped by its timeout: nothing is left running after main's report. */
const nothingLeftRunning: Check = {
  id: 'nothing-left-running',
  title: 'The hung task is stopped by its timeout: nothing runs on after main is done',
  messages: {
    noDone: 'No “main: done after …” line was printed.',
    last: '“main: done” was the last line: nothing was left running.',
    later: 'After “main: done”, “{line}” came {after} later: a task was still running. Give every task a signal that aborts after TIMEOUT_S seconds, so its sleep is cancelled.',
  },
  evaluate({ stdout }, { say }) {
    const done = stdout.find((l) => DONE.test(l.text));
    if (!done) return { status: 'fail', message: say('noDone') };
    const later = stdout.find((l) => l.index > done.index);
    if (!later) return { status: 'pass', message: say('last') };
    return {
      status: 'fail',
      message: say('later', { line: later.text, after: s(later.at - done.at) }),
    };
  },
};

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0),
    noUncaughtRejection(),
    tasks.allFinish(),
    tasks.concurrency({
      max: LIMIT,
      min: LIMIT,
      title: `At most ${LIMIT} tasks run at once, and the pool uses all ${LIMIT} places`,
      hint: pool,
    }),
    itemsInOrder(
      /^result (?<item>\d+: (?:done|timed out))$/,
      ['1: done', '2: done', '3: done', '4: done', '5: timed out', '6: done', '7: done', '8: done'],
      {
        id: 'results',
        title: 'Results in JOBS order: only task 5 times out',
        hint:
          'Store each result at its task\'s index, so the order is JOBS order. If a quick task timed out, its timeout started too early: ' +
          'create each task\'s AbortSignal.timeout(...) when the task starts (inside the function the pool calls), not when the queue is built.',
      },
    ),
    laneSchedule,
    nextStartsWhenOneEnds,
    tasks.waitsAsReported({ id: 'waits-observed', hint: 'Keep runJob as it is: each task awaits its own sleep.' }),
    nothingLeftRunning,
  ],
});
