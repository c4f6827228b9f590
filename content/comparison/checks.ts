import { defineChecks, exitsWith, findSpans, taskSet, type Check, type TaskPatterns } from '../../src/grader/index.ts';

// One task set per model. The start and end lines come from task.ts: keep them as they are.
function model(kind: 'process' | 'thread' | 'coroutine') {
  return taskSet({
    kind,
    start: new RegExp(`^\\[${kind}\\] task (?<task>\\w+) started \\(pid (?<pid>\\d+), thread (?<thread>\\d+)\\), waiting (?<seconds>\\d+(?:\\.\\d+)?) s$`),
    end: new RegExp(`^\\[${kind}\\] task (?<task>\\w+) finished \\(pid (?<pid>\\d+), thread (?<thread>\\d+)\\)$`),
    expected: ['A', 'B'],
    noun: `${kind} task`,
  });
}

const processTasks = model('process');
const threadTasks = model('thread');
const coroutineTasks = model('coroutine');

const startBoth = 'In asCoroutines, call waitTask for both tasks first, then wait for the two promises together with Promise.all.';

/**
 * The models ran one after the other: every task of one model ended before any task of the next one
 * started (line order, which main's awaits make certain). Models that printed nothing are left to the
 * other checks.
 */
function oneModelAtATime(order: readonly { name: string; patterns: TaskPatterns }[]): Check {
  return {
    id: 'one-model-at-a-time',
    title: 'The three models run one after the other, each timed on its own',
    evaluate(view) {
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
            message:
              `A ${after.name} task started (“${line?.text ?? '?'}”) while ${before.name} tasks were still running. ` +
              'Run the models one at a time (await timed(...) for each in turn), so each model has the machine and the timeline to itself.',
          };
        }
      }
      return { status: 'pass', message: `${ran.map((m) => m.name).join(', then ')}: each model finished before the next one started.` };
    },
  };
}

export default defineChecks({
  timeline: [processTasks.patterns, threadTasks.patterns, coroutineTasks.patterns],
  checks: [
    exitsWith(0),
    oneModelAtATime([
      { name: 'process', patterns: processTasks.patterns },
      { name: 'thread', patterns: threadTasks.patterns },
      { name: 'coroutine', patterns: coroutineTasks.patterns },
    ]),

    processTasks.allFinish({ id: 'process-finish', title: 'Processes: both tasks start and finish' }),
    processTasks.overlap({ id: 'process-overlap', title: 'Processes: the two tasks wait at the same time' }),
    // A forked child needs ~0.1–0.2 s to boot; the two boot side by side, so their start lines may be apart.
    processTasks.totalNearLongest({ id: 'process-total', title: 'Processes: together they take about as long as the longer one' }),
    processTasks.distinct('pid', { id: 'process-pids', title: 'Processes: each task has a process of its own (distinct pids)' }),

    threadTasks.allFinish({ id: 'thread-finish', title: 'Threads: both tasks start and finish' }),
    threadTasks.overlap({ id: 'thread-overlap', title: 'Threads: the two tasks wait at the same time' }),
    threadTasks.totalNearLongest({ id: 'thread-total', title: 'Threads: together they take about as long as the longer one' }),
    threadTasks.same('pid', { id: 'thread-pid', title: 'Threads: both tasks run in one process (same pid)' }),
    threadTasks.distinct('thread', { id: 'thread-ids', title: 'Threads: each task has a thread of its own (distinct threadIds)' }),

    coroutineTasks.allFinish({
      id: 'coroutine-finish',
      title: 'Coroutines: both tasks start and finish',
      hint: 'Fill in asCoroutines: call waitTask("coroutine", name, seconds) for each task and await them.',
    }),
    coroutineTasks.overlap({ id: 'coroutine-overlap', title: 'Coroutines: the two tasks wait at the same time', hint: startBoth }),
    coroutineTasks.totalNearLongest({ id: 'coroutine-total', title: 'Coroutines: together they take about as long as the longer one', hint: startBoth }),
    coroutineTasks.same('pid', { id: 'coroutine-pid', title: 'Coroutines: both tasks run in one process (same pid)' }),
    coroutineTasks.same('thread', {
      id: 'coroutine-thread',
      title: 'Coroutines: both tasks run on one thread (same threadId)',
      hint: 'Coroutines need no worker: call waitTask directly from asCoroutines, on the main thread.',
    }),
  ],
});
