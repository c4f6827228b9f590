import { childProcesses, defineChecks, exitsWith, noStderr, observedWorkers, taskSet, type Check, type RunView, type Verdict } from '#checks';

// The line each part of the program prints about itself. Keep this format: the checks read it.
const IDS = /^(?<role>main|worker|child): pid (?<pid>\d+), thread (?<thread>\d+)$/;
// The lines main prints when the worker or the child ends, and when it is done itself.
const EXITED = /^main: (?<role>worker|child) exited with code (?<code>-?\d+|null)$/;
const DONE = /^main: done$/;

type Role = 'main' | 'worker' | 'child';
type Ids = { pid: string; thread: string };

function idsOf(view: RunView): Partial<Record<Role, Ids>> {
  const found: Partial<Record<Role, Ids>> = {};
  for (const line of view.stdout) {
    const m = IDS.exec(line.text)?.groups;
    if (m) found[m.role as Role] ??= { pid: m.pid ?? '', thread: m.thread ?? '' };
  }
  return found;
}

// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.
const HOW_TO_START = {
  main: "Keep the first console.log of main.ts: it prints main's own ids.",
  worker: "Start worker.ts from main.ts with new Worker(new URL('./worker.ts', import.meta.url)).",
  child: "Start child.ts from main.ts with fork(new URL('./child.ts', import.meta.url)).",
};
const COMPARE_MESSAGES = {
  missing: 'No {lines} line was printed, so there is nothing to compare yet.{advice}',
  or: ' or ',
  startMain: HOW_TO_START.main,
  startWorker: HOW_TO_START.worker,
  startChild: HOW_TO_START.child,
};
const START_KEY = { main: 'startMain', worker: 'startWorker', child: 'startChild' } as const;

type Say = (key: string, params?: Record<string, string | number>) => string;

/** Compares the ids that some parts reported. Without their lines there is nothing to compare: it says so. */
function compare(id: string, title: string, roles: Role[], messages: Record<string, string>, judge: (ids: Record<Role, Ids>, say: Say) => Verdict): Check {
  return {
    id,
    title,
    messages: { ...COMPARE_MESSAGES, ...messages },
    evaluate(view, { say }) {
      const ids = idsOf(view);
      const missing = roles.filter((r) => ids[r] === undefined);
      if (missing.length > 0) {
        // Only the first check says how to fix it; the others just say why they cannot compare.
        const advice = id === 'reports-ids' ? ` ${missing.map((r) => say(START_KEY[r])).join(' ')}` : '';
        const lines = missing.map((r) => `“${r}: pid …, thread …”`).join(say('or'));
        return { status: 'fail', message: say('missing', { lines, advice }) };
      }
      return judge(ids as Record<Role, Ids>, say);
    },
  };
}

/**
 * On an observed run, each ids line was written by the part it describes: main's by the main
 * process's main thread, the worker's by a worker thread that really ran, the child's by a process
 * main really started; and the ids it prints are the ids of the process and thread that wrote it.
 */
const idsObserved: Check = {
  id: 'ids-observed',
  title: 'Each part prints its ids itself: a real process and thread wrote each line',
  messages: {
    notObserved: 'This runtime did not observe the run, so only the printed ids were judged.',
    mainItself: 'main itself',
    process: 'process {pid}',
    processThread: 'process {pid}, thread {thread}',
    onItsOwn: ' running on its own',
    fromChild: 'child from child.ts, started with fork(...)',
    fromWorker: 'worker from worker.ts, started with new Worker(...)',
    fromMain: 'main thread from main.ts',
    wrongWriter: '“{line}” was written by {writer}, not by the {role} it describes{own}. Let each part print its own process.pid and threadId: the {from}.',
    // The part's role in a sentence ({role}), by its name in the line.
    main: 'main',
    worker: 'worker',
    child: 'child',
    ok: 'Main, the worker and the child each printed their own ids.',
  },
  evaluate(view, { say }) {
    const observed = view.observed;
    if (!observed) return { status: 'pass', message: say('notObserved') };
    const main = observed.processes.find((p) => p.how === 'main');
    const children = new Set((childProcesses(view) ?? []).map((p) => p.pid));
    const threads = new Set((observedWorkers(view) ?? []).map((w) => w.threadId));
    for (const line of view.stdout) {
      const m = IDS.exec(line.text)?.groups;
      if (!m || !line.writer) continue;
      const role = m.role as Role;
      const { pid, thread } = line.writer;
      const where =
        role === 'main' ? pid === main?.pid && thread === 0 : role === 'worker' ? pid === main?.pid && threads.has(thread) : children.has(pid) && thread === 0;
      if (!where || String(pid) !== m.pid || String(thread) !== m.thread) {
        const wrote = thread === 0 ? say('process', { pid }) : say('processThread', { pid, thread });
        return {
          status: 'fail',
          message: say('wrongWriter', {
            line: line.text,
            writer: pid === main?.pid && thread === 0 ? say('mainItself') : wrote,
            role: say(role),
            own: role === 'main' ? '' : say('onItsOwn'),
            from: say(role === 'child' ? 'fromChild' : role === 'worker' ? 'fromWorker' : 'fromMain'),
          }),
        };
      }
    }
    return { status: 'pass', message: say('ok') };
  },
};

const mainWaits: Check = {
  id: 'main-waits',
  title: 'Main says done only after the worker and the child have exited',
  messages: {
    noDone: 'No “main: done” line was printed. Keep the last line of main.ts.',
    and: ' and of the ',
    andThe: ' and the ',
    // A part's role in a sentence ({roles}); {role} stays the code's own name (a variable, a printed line).
    worker: 'worker',
    child: 'child',
    neverExited: "Main never printed “main: {role} exited with code …”. Listen for the 'exit' event of the {roles}, e.g. {role}.on('exit', (code) => console.log(`main: {role} exited with code ${code}`)).",
    early: "“main: done” came before the {roles} exited: main did not wait. Await both 'exit' events, e.g. await Promise.all([once(worker, 'exit'), once(child, 'exit')]), before printing it.",
    ok: 'Main printed “done” after both exit lines.',
  },
  evaluate({ stdout }, { say }) {
    const done = stdout.find((l) => DONE.test(l.text));
    if (!done) return { status: 'fail', message: say('noDone') };
    const exited = new Map<string, number>();
    for (const l of stdout) {
      const role = EXITED.exec(l.text)?.groups?.role;
      if (role && !exited.has(role)) exited.set(role, l.index);
    }
    const notSeen = (['worker', 'child'] as const).filter((r) => !exited.has(r));
    if (notSeen.length > 0) return { status: 'fail', message: say('neverExited', { role: notSeen[0] ?? '', roles: notSeen.map((r) => say(r)).join(say('and')) }) };
    const late = [...exited].filter(([, index]) => index > done.index).map(([role]) => role);
    if (late.length > 0) return { status: 'fail', message: say('early', { roles: late.map((r) => say(r === 'child' ? 'child' : 'worker')).join(say('andThe')) }) };
    return { status: 'pass', message: say('ok') };
  },
};

// For the timeline: each lane runs from the part's own ids line to main seeing it exit.
const worker = taskSet({
  kind: 'thread',
  start: /^(?<task>worker): pid (?<pid>\d+), thread (?<thread>\d+)$/,
  end: /^main: (?<task>worker) exited with code/,
  expected: ['worker'],
});
const child = taskSet({
  kind: 'process',
  start: /^(?<task>child): pid (?<pid>\d+), thread (?<thread>\d+)$/,
  end: /^main: (?<task>child) exited with code/,
  expected: ['child'],
});

export default defineChecks({
  timeline: [worker.patterns, child.patterns],
  checks: [
    exitsWith(0),
    compare('reports-ids', 'Main, the worker and the child each print their pid and threadId', ['main', 'worker', 'child'], { ok: 'All three printed a line with their pid and threadId.' }, (_ids, say) => ({
      status: 'pass',
      message: say('ok'),
    })),
    compare(
      'worker-same-process',
      'The worker runs inside the main process (same pid)',
      ['main', 'worker'],
      {
        same: 'Main and the worker both reported pid {pid}: one process.',
        other: 'Main reported pid {main}, the worker pid {worker}: the worker ran in another process. Start worker.ts with new Worker(...), not fork(...).',
      },
      ({ main, worker }, say) =>
        main.pid === worker.pid ? { status: 'pass', message: say('same', { pid: main.pid }) } : { status: 'fail', message: say('other', { main: main.pid, worker: worker.pid }) },
    ),
    compare(
      'worker-own-thread',
      'The worker runs on a thread of its own (another threadId)',
      ['main', 'worker'],
      {
        two: 'Main is thread {main}, the worker thread {worker}: two threads.',
        same: "Main and the worker both reported thread {thread}: the worker's code ran on main's own thread. Importing worker.ts runs it right there; new Worker(new URL('./worker.ts', import.meta.url)) runs it on a new thread.",
      },
      ({ main, worker }, say) =>
        main.thread !== worker.thread ? { status: 'pass', message: say('two', { main: main.thread, worker: worker.thread }) } : { status: 'fail', message: say('same', { thread: main.thread }) },
    ),
    compare(
      'child-own-process',
      'The child runs in a process of its own (another pid)',
      ['main', 'child'],
      {
        two: 'Main is pid {main}, the child pid {child}: two processes.',
        same: "Main and the child both reported pid {pid}: the child's code ran inside the main process. Start child.ts with fork(new URL('./child.ts', import.meta.url)) to give it a process of its own.",
      },
      ({ main, child }, say) =>
        main.pid !== child.pid ? { status: 'pass', message: say('two', { main: main.pid, child: child.pid }) } : { status: 'fail', message: say('same', { pid: main.pid }) },
    ),
    compare(
      'child-main-thread',
      "The child runs on its own process's main thread (threadId 0)",
      ['child'],
      {
        main: 'The child reported thread 0: every new process starts on a main thread of its own.',
        worker: 'The child reported thread {thread}, so it ran on a worker thread. A forked process starts on a main thread of its own, thread 0: start child.ts with fork(...), not new Worker(...).',
      },
      ({ child }, say) => (child.thread === '0' ? { status: 'pass', message: say('main') } : { status: 'fail', message: say('worker', { thread: child.thread }) }),
    ),
    idsObserved,
    mainWaits,
    noStderr(),
  ],
});
