import { defineChecks, exitsWith, noStderr, printsValue, taskSet, type Check, type RunView } from '#checks';

// The lines each worker prints. Keep them as they are: the checks read them.
const workers = taskSet({
  kind: 'thread',
  start: /^worker (?<task>\w+) started \(pid (?<pid>\d+), thread (?<thread>\d+)\), waiting (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^worker (?<task>\w+) finished \(pid (?<pid>\d+), thread (?<thread>\d+)\)$/,
  expected: ['A', 'B'],
  noun: 'worker',
});

const MAIN_IDS = /^main: pid (?<pid>\d+), thread (?<thread>\d+)$/;
const OUTCOME = /^main: (?<name>[A-D]) (?<status>ok|failed): (?<detail>.*)$/;
const startBoth = 'Start every worker before awaiting any of them, then wait for all of them together, as the given code at the bottom of main.ts does.';
// worker.ts throws this for C: the message main reports must carry it.
const C_ERROR = 'could not finish: the disk is full';

function outcomeOf(view: RunView, name: string): { status: string; detail: string } | null {
  for (const line of view.stdout) {
    const m = OUTCOME.exec(line.text)?.groups;
    if (m && m.name === name) return { status: m.status ?? '', detail: m.detail ?? '' };
  }
  return null;
}

const NO_OUTCOMES = 'No “main: C …” line was printed: main never got past waiting for the workers. Every worker\'s promise must settle, whatever the worker does.';

// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.

/** C's crash reaches main as a failure that carries the worker's own error. */
const crashReported: Check = {
  id: 'crash-reported',
  title: "A worker's crash settles its promise as a failure with the worker's error (C)",
  messages: {
    tookDown: `Worker C's error (“{error}”) took the whole program down: a worker's uncaught error becomes an 'error' event on the Worker object, and with no listener for it Node throws it in main. Listen for it and reject the promise with it.`,
    noOutcomes: NO_OUTCOMES,
    failed: 'Main reported C as failed: “{detail}”.',
    otherError: 'Main reported C as failed, with “{detail}”. Pass on the error the worker threw (it says “{error}”), so whoever reads it knows what went wrong.',
    ok: "Main reported C as ok (“{detail}”), but worker C crashed. Its 'error' event should reject the promise.",
  },
  evaluate(view, { say }) {
    const c = outcomeOf(view, 'C');
    if (!c) {
      const crashed = [...view.stdout, ...view.stderr].some((l) => l.text.includes(C_ERROR));
      return { status: 'fail', message: crashed ? say('tookDown', { error: C_ERROR }) : say('noOutcomes') };
    }
    if (c.status === 'failed' && c.detail.includes(C_ERROR)) return { status: 'pass', message: say('failed', { detail: c.detail }) };
    if (c.status === 'failed') return { status: 'fail', message: say('otherError', { detail: c.detail, error: C_ERROR }) };
    return { status: 'fail', message: say('ok', { detail: c.detail }) };
  },
};

/** D ends without a message: its promise still settles, as a failure, and main is not left waiting. */
const silentReported: Check = {
  id: 'silent-reported',
  title: 'A worker that ends without a result settles its promise as a failure (D)',
  messages: {
    exit13:
      "Exit code 13: main was still awaiting a promise that nothing could settle any more. Worker D ended without posting a message, so its 'message' never came. A worker's 'exit' event comes in every case: use it to reject the promise when no result arrived first.",
    noOutcomes: NO_OUTCOMES,
    failed: 'Main reported D as failed: “{detail}”.',
    ok: "Main reported D as ok, with “{detail}”, but worker D never sent a result. When 'exit' comes before any 'message', reject instead of resolving.",
  },
  evaluate(view, { say }) {
    const d = outcomeOf(view, 'D');
    if (!d) return { status: 'fail', message: say(view.run.exit.code === 13 ? 'exit13' : 'noOutcomes') };
    if (d.status === 'failed') return { status: 'pass', message: say('failed', { detail: d.detail }) };
    return { status: 'fail', message: say('ok', { detail: d.detail }) };
  },
};

/** Every worker shares main's pid but not main's thread: the work really ran on worker threads. */
const offMainThread: Check = {
  id: 'off-main-thread',
  title: "The workers run in main's process but not on main's thread",
  messages: {
    noMain: 'No “main: pid …, thread …” line was printed. Keep the line where main prints its own ids.',
    noWorker: 'No worker printed its start line, so there are no ids to compare with main’s.',
    otherPid: "Worker {workers} reported pid {pid}, main pid {main}: a worker thread lives in main's process. Start it with new Worker(...), not fork(...).",
    onMain: "Worker {workers} reported main's own thread ({thread}): that work ran on the main thread. Run it in worker.ts, started with new Worker(...).",
    ranOn: '{task} ran on thread {thread}',
    ok: 'Main is pid {pid}, thread {thread}; {workers}, same pid.',
  },
  evaluate(view, { say, t }) {
    const main = view.stdout.map((l) => MAIN_IDS.exec(l.text)?.groups).find((g) => g !== undefined);
    if (!main) return { status: 'fail', message: say('noMain') };
    const spans = workers.spans(view).filter((s) => s.task === 'A' || s.task === 'B');
    if (spans.length === 0) return { status: 'fail', message: say('noWorker') };
    const otherPid = spans.filter((s) => s.fields.pid !== main.pid);
    if (otherPid.length > 0) {
      return { status: 'fail', message: say('otherPid', { workers: t.list(otherPid.map((s) => s.task)), pid: otherPid[0]?.fields.pid ?? '', main: main.pid ?? '' }) };
    }
    const onMain = spans.filter((s) => s.fields.thread === main.thread);
    if (onMain.length > 0) return { status: 'fail', message: say('onMain', { workers: t.list(onMain.map((s) => s.task)), thread: main.thread ?? '' }) };
    const ran = spans.map((s) => say('ranOn', { task: s.task, thread: s.fields.thread ?? '' })).join(', ');
    return { status: 'pass', message: say('ok', { pid: main.pid ?? '', thread: main.thread ?? '', workers: ran }) };
  },
};

export default defineChecks({
  timeline: workers.patterns,
  checks: [
    exitsWith(0, {
      hint: "Exit code 13 means main was still awaiting a promise that nothing could settle any more, such as a 'message' a worker never sent. Exit code 1 means an error nobody handled: read it in Output.",
    }),
    workers.allFinish(),
    workers.overlap({ hint: startBoth }),
    // Timers are never early and a busy machine makes them late: 150 ms early (lines are stamped on arrival), 600 ms late.
    workers.totalNearLongest({ hint: startBoth }),
    workers.same('pid', { id: 'one-process', title: 'Both workers run in one process (same pid)' }),
    workers.distinct('thread', { id: 'own-threads', title: 'Each worker runs on a thread of its own (distinct threadIds)' }),
    offMainThread,
    workers.followedBy(/^main: all workers settled/, {
      title: 'Main reports only after A and B have finished',
      hint: 'Await the workers’ results before printing the total time.',
    }),
    printsValue(/^main: A (?<value>.+)$/, 'ok: A waited 2 s', {
      id: 'result-a',
      title: "Main receives A's result by message",
      hint: "A worker sends its result with parentPort.postMessage(...); main gets it from the worker's 'message' event.",
    }),
    printsValue(/^main: B (?<value>.+)$/, 'ok: B waited 3 s', { id: 'result-b', title: "Main receives B's result by message" }),
    crashReported,
    silentReported,
    noStderr(),
  ],
});
