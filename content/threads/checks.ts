import { defineChecks, exitsWith, noStderr, printsValue, taskSet, type Check } from '#checks';

// The lines each worker prints. Keep them as they are: the checks read them.
const workers = taskSet({
  kind: 'thread',
  start: /^worker (?<task>\w+) started \(pid (?<pid>\d+), thread (?<thread>\d+)\), waiting (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^worker (?<task>\w+) finished \(pid (?<pid>\d+), thread (?<thread>\d+)\)$/,
  expected: ['A', 'B'],
  noun: 'worker',
});

const MAIN_IDS = /^main: pid (?<pid>\d+), thread (?<thread>\d+)$/;
const startBoth = 'Start both workers before awaiting either: await Promise.all([runWorker(\'A\', 2), runWorker(\'B\', 3)]).';

/** Every worker shares main's pid but not main's thread: the work really ran on worker threads. */
const offMainThread: Check = {
  id: 'off-main-thread',
  title: "The workers run in main's process but not on main's thread",
  evaluate(view) {
    const main = view.stdout.map((l) => MAIN_IDS.exec(l.text)?.groups).find((g) => g !== undefined);
    if (!main) return { status: 'fail', message: 'No “main: pid …, thread …” line was printed. Keep the line where main prints its own ids.' };
    const spans = workers.spans(view).filter((s) => s.task === 'A' || s.task === 'B');
    if (spans.length === 0) return { status: 'fail', message: 'No worker printed its start line, so there are no ids to compare with main’s.' };
    const otherPid = spans.filter((s) => s.fields.pid !== main.pid);
    if (otherPid.length > 0) {
      return { status: 'fail', message: `Worker ${otherPid.map((s) => s.task).join(' and ')} reported pid ${otherPid[0]?.fields.pid}, main pid ${main.pid}: a worker thread lives in main's process. Start it with new Worker(...), not fork(...).` };
    }
    const onMain = spans.filter((s) => s.fields.thread === main.thread);
    if (onMain.length > 0) {
      return { status: 'fail', message: `Worker ${onMain.map((s) => s.task).join(' and ')} reported main's own thread (${main.thread}): that work ran on the main thread. Run it in worker.ts, started with new Worker(...).` };
    }
    return { status: 'pass', message: `Main is pid ${main.pid}, thread ${main.thread}; ${spans.map((s) => `${s.task} ran on thread ${s.fields.thread}`).join(', ')}, same pid.` };
  },
};

export default defineChecks({
  timeline: workers.patterns,
  checks: [
    exitsWith(0, {
      hint: "Exit code 13 means main was still awaiting a promise that nothing could settle any more, such as a 'message' a worker never sent: every worker must post its result, and main should listen for 'exit' too. Exit code 1 means an error: read it in Output.",
    }),
    workers.allFinish(),
    workers.overlap({ hint: startBoth }),
    // Timers are never early and a busy machine makes them late: 150 ms early (lines are stamped on arrival), 600 ms late.
    workers.totalNearLongest({ hint: startBoth }),
    workers.same('pid', { id: 'one-process', title: 'Both workers run in one process (same pid)' }),
    workers.distinct('thread', { id: 'own-threads', title: 'Each worker runs on a thread of its own (distinct threadIds)' }),
    offMainThread,
    workers.followedBy(/^main: both workers done/, {
      title: 'Main reports only after both workers have finished',
      hint: 'Await the workers’ results before printing the total time.',
    }),
    printsValue(/^main: results (?<value>.+)$/, '["A waited 2 s","B waited 3 s"]', {
      id: 'results-by-message',
      title: "Main receives both workers' results by message, in order",
      hint: 'Each worker sends its result with parentPort.postMessage(...); main gets it from the worker\'s \'message\' event. Promise.all keeps the results in the order you listed the workers.',
    }),
    noStderr(),
  ],
});
