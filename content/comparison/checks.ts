import { defineChecks, exitsWith, findSpans, printsLines, taskSet, type Check, type TaskPatterns } from '#checks';

type Model = 'process' | 'thread' | 'coroutine';

// One task set per model. The start and end lines come from task.ts: keep them as they are. A task
// ends one of two ways (B fails on purpose), so the end line says which.
function model(kind: Model) {
  return taskSet({
    kind,
    start: new RegExp(`^\\[${kind}\\] task (?<task>\\w+) started \\(pid (?<pid>\\d+), thread (?<thread>\\d+)\\), waiting (?<seconds>\\d+(?:\\.\\d+)?) s$`),
    end: new RegExp(`^\\[${kind}\\] task (?<task>\\w+) (?<outcome>finished|failed) \\(pid (?<pid>\\d+), thread (?<thread>\\d+)\\)$`),
    expected: ['A', 'B'],
    noun: `${kind} task`,
  });
}

const processTasks = model('process');
const threadTasks = model('thread');
const coroutineTasks = model('coroutine');

const startBoth = 'Start both coroutines before waiting for either, and let each one deal with its own failure, so waiting for both never stops at the first error.';

/**
 * The models ran one after the other: every task of one model ended before any task of the next one
 * started (line order, which main's awaits make certain). Models that printed nothing are left to the
 * other checks.
 */
function oneModelAtATime(order: readonly { name: string; patterns: TaskPatterns }[]): Check {
  return {
    id: 'one-model-at-a-time',
    title: 'The three models run one after the other, each timed on its own',
    // A model's name in messages is the message of the same key (process, thread, coroutine).
    messages: {
      process: 'process',
      thread: 'thread',
      coroutine: 'coroutine',
      then: ', then ',
      overlapped:
        'A {after} task started (“{line}”) while {before} tasks were still running. ' +
        'Run the models one at a time (await timed(...) for each in turn), so each model has the machine and the timeline to itself.',
      inTurn: '{models}: each model finished before the next one started.',
    },
    evaluate(view, { say }) {
      const ran = order
        .map(({ name, patterns }) => ({ name, spans: findSpans(view, patterns) }))
        .filter((m) => m.spans.length > 0);
      for (let i = 1; i < ran.length; i++) {
        const before = ran[i - 1];
        const after = ran[i];
        if (!before || !after) continue;
        const lastEnd = Math.max(...before.spans.map((s) => s.end?.index ?? Number.POSITIVE_INFINITY));
        const firstStart = Math.min(...after.spans.map((s) => s.start.index));
        if (firstStart < lastEnd) {
          const line = view.lines[firstStart];
          return {
            status: 'fail',
            message: say('overlapped', { after: say(after.name), line: line?.text ?? '?', before: say(before.name) }),
          };
        }
      }
      return { status: 'pass', message: say('inTurn', { models: ran.map((m) => say(m.name)).join(say('then')) }) };
    },
  };
}

/** Each model reports both tasks: A unharmed, B failed with what the parent could learn of the failure. */
function reports(kind: Model, bFailure: string, hint: string): Check {
  const escaped = bFailure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return printsLines([new RegExp(`^\\[${kind}\\] report: A ok$`), new RegExp(`^\\[${kind}\\] report: B failed: ${escaped}$`)], {
    id: `${kind}-reports`,
    title: `${titleOf(kind)}: B's failure is reported (“B failed: ${bFailure}”) and A still reports ok`,
    hint,
  });
}

/**
 * A model's "all done" line comes after both of its tasks ended: what main reports as done must be
 * done. A promise nobody waits for (forEach with an async callback, Promise.race, a callback that
 * returns nothing) lets the line through while a task still runs.
 */
function doneAfterTasks(kind: Model, tasks: ReturnType<typeof model>): Check {
  return tasks.followedBy(new RegExp(`^\\[${kind}\\] all done after `), {
    id: `${kind}-done-after-tasks`,
    title: `${titleOf(kind)}: “all done” is printed only after both tasks ended`,
    line: `“[${kind}] all done after … s”`,
    hint:
      kind === 'coroutine'
        ? 'asCoroutines must return a promise that settles only when both tasks have: await Promise.all over the promises the two calls return (forEach drops them, Promise.race stops at the first, and a callback in braces must return its promise).'
        : `Wait for both ${kind === 'process' ? 'children' : 'workers'} before returning.`,
  });
}

/** Each task's wait is its own: observed timers of its length, set where its start line was written. */
function waitsItself(kind: Model, tasks: ReturnType<typeof model>): Check {
  const where = { process: 'in its own child process (child.ts)', thread: 'in its own worker (worker.ts)', coroutine: 'as a coroutine of main (waitTask)' }[kind];
  return tasks.waitsAsReported({
    id: `${kind}-waits`,
    title: `${titleOf(kind)}: each task really waits as long as it says`,
    hint: `Run each task with waitTask ${where}; do not print its lines from elsewhere.`,
  });
}

function titleOf(kind: Model): string {
  return { process: 'Processes', thread: 'Threads', coroutine: 'Coroutines' }[kind];
}

export default defineChecks({
  timeline: [processTasks.patterns, threadTasks.patterns, coroutineTasks.patterns],
  checks: [
    exitsWith(0, {
      hint:
        'If Output ends with “Error: task B lost its connection”, that error reached the top of main and ended the program: ' +
        'a failing worker or coroutine is only contained if main catches it where it waits for that task.',
    }),
    oneModelAtATime([
      { name: 'process', patterns: processTasks.patterns },
      { name: 'thread', patterns: threadTasks.patterns },
      { name: 'coroutine', patterns: coroutineTasks.patterns },
    ]),

    processTasks.allFinish({ id: 'process-finish', title: 'Processes: both tasks start and end' }),
    processTasks.overlap({ id: 'process-overlap', title: 'Processes: the two tasks wait at the same time' }),
    // A forked child needs ~0.1–0.2 s to boot; the two boot side by side, so their start lines may be apart.
    processTasks.totalNearLongest({ id: 'process-total', title: 'Processes: together they take about as long as the longer one' }),
    processTasks.distinct('pid', { id: 'process-pids', title: 'Processes: each task has a process of its own (distinct pids)' }),
    waitsItself('process', processTasks),
    doneAfterTasks('process', processTasks),
    reports('process', 'exit code 1', 'Keep asProcesses as it was: it reports each child\'s exit code.'),

    threadTasks.allFinish({
      id: 'thread-finish',
      title: 'Threads: both tasks start and end',
      hint: 'If the thread tasks never start, the process model\'s code was changed or the program ended before: read the first error in Output.',
    }),
    threadTasks.overlap({ id: 'thread-overlap', title: 'Threads: the two tasks wait at the same time', hint: 'Create both workers before waiting for either.' }),
    threadTasks.totalNearLongest({ id: 'thread-total', title: 'Threads: together they take about as long as the longer one', hint: 'Create both workers before waiting for either.' }),
    threadTasks.same('pid', { id: 'thread-pid', title: 'Threads: both tasks run in one process (same pid)' }),
    threadTasks.distinct('thread', { id: 'thread-ids', title: 'Threads: each task has a thread of its own (distinct threadIds)' }),
    waitsItself('thread', threadTasks),
    doneAfterTasks('thread', threadTasks),
    reports(
      'thread',
      'task B lost its connection',
      'An error thrown in a worker reaches the parent as the Worker\'s \'error\' event, and once(worker, \'exit\') turns that event into a rejection. ' +
        'Catch it per worker, where you wait for that worker, and report the error\'s message.',
    ),

    coroutineTasks.allFinish({
      id: 'coroutine-finish',
      title: 'Coroutines: both tasks start and end',
      hint: 'The coroutine model runs only if the thread model finished without ending the program: fix that one first.',
    }),
    coroutineTasks.overlap({ id: 'coroutine-overlap', title: 'Coroutines: the two tasks wait at the same time', hint: startBoth }),
    coroutineTasks.totalNearLongest({ id: 'coroutine-total', title: 'Coroutines: together they take about as long as the longer one', hint: startBoth }),
    coroutineTasks.same('pid', { id: 'coroutine-pid', title: 'Coroutines: both tasks run in one process (same pid)' }),
    coroutineTasks.same('thread', {
      id: 'coroutine-thread',
      title: 'Coroutines: both tasks run on one thread (same threadId)',
      hint: 'Coroutines need no worker: call waitTask directly from asCoroutines, on the main thread.',
    }),
    waitsItself('coroutine', coroutineTasks),
    doneAfterTasks('coroutine', coroutineTasks),
    reports(
      'coroutine',
      'task B lost its connection',
      'A rejected promise is an error thrown at the await that receives it. Promise.all gives up at the first rejection and drops the other results, ' +
        'so catch each task\'s failure on its own (or use Promise.allSettled) and report each outcome.',
    ),
  ],
});
