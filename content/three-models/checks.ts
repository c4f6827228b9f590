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

const HOW_TO_START: Record<Role, string> = {
  main: "Keep the first console.log of main.ts: it prints main's own ids.",
  worker: "Start worker.ts from main.ts with new Worker(new URL('./worker.ts', import.meta.url)).",
  child: "Start child.ts from main.ts with fork(new URL('./child.ts', import.meta.url)).",
};

const lineFor = (roles: Role[]) => roles.map((r) => `“${r}: pid …, thread …”`).join(' or ');

/** Compares the ids that some parts reported. Without their lines there is nothing to compare: it says so. */
function compare(id: string, title: string, roles: Role[], judge: (ids: Record<Role, Ids>) => Verdict): Check {
  return {
    id,
    title,
    evaluate(view) {
      const ids = idsOf(view);
      const missing = roles.filter((r) => ids[r] === undefined);
      if (missing.length > 0) {
        // Only the first check says how to fix it; the others just say why they cannot compare.
        const advice = id === 'reports-ids' ? ` ${missing.map((r) => HOW_TO_START[r]).join(' ')}` : '';
        return { status: 'fail', message: `No ${lineFor(missing)} line was printed, so there is nothing to compare yet.${advice}` };
      }
      return judge(ids as Record<Role, Ids>);
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
  evaluate(view) {
    const observed = view.observed;
    if (!observed) return { status: 'pass', message: 'This runtime did not observe the run, so only the printed ids were judged.' };
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
        const wrote = `process ${pid}${thread === 0 ? '' : `, thread ${thread}`}`;
        return {
          status: 'fail',
          message: `“${line.text}” was written by ${pid === main?.pid && thread === 0 ? 'main itself' : wrote}, not by the ${role} it describes${role === 'main' ? '' : ' running on its own'}. Let each part print its own process.pid and threadId: the ${role === 'child' ? 'child from child.ts, started with fork(...)' : role === 'worker' ? 'worker from worker.ts, started with new Worker(...)' : 'main thread from main.ts'}.`,
        };
      }
    }
    return { status: 'pass', message: 'Main, the worker and the child each printed their own ids.' };
  },
};

const mainWaits: Check = {
  id: 'main-waits',
  title: 'Main says done only after the worker and the child have exited',
  evaluate({ stdout }) {
    const done = stdout.find((l) => DONE.test(l.text));
    if (!done) return { status: 'fail', message: 'No “main: done” line was printed. Keep the last line of main.ts.' };
    const exited = new Map<string, number>();
    for (const l of stdout) {
      const role = EXITED.exec(l.text)?.groups?.role;
      if (role && !exited.has(role)) exited.set(role, l.index);
    }
    const notSeen = (['worker', 'child'] as const).filter((r) => !exited.has(r));
    if (notSeen.length > 0) {
      return {
        status: 'fail',
        message: `Main never printed “main: ${notSeen[0]} exited with code …”. Listen for the 'exit' event of the ${notSeen.join(' and of the ')}, e.g. ${notSeen[0]}.on('exit', (code) => console.log(\`main: ${notSeen[0]} exited with code \${code}\`)).`,
      };
    }
    const late = [...exited].filter(([, index]) => index > done.index).map(([role]) => role);
    if (late.length > 0) {
      return {
        status: 'fail',
        message: `“main: done” came before the ${late.join(' and the ')} exited: main did not wait. Await both 'exit' events, e.g. await Promise.all([once(worker, 'exit'), once(child, 'exit')]), before printing it.`,
      };
    }
    return { status: 'pass', message: 'Main printed “done” after both exit lines.' };
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
    compare('reports-ids', 'Main, the worker and the child each print their pid and threadId', ['main', 'worker', 'child'], () => ({
      status: 'pass',
      message: 'All three printed a line with their pid and threadId.',
    })),
    compare('worker-same-process', 'The worker runs inside the main process (same pid)', ['main', 'worker'], ({ main, worker }) =>
      main.pid === worker.pid
        ? { status: 'pass', message: `Main and the worker both reported pid ${main.pid}: one process.` }
        : {
            status: 'fail',
            message: `Main reported pid ${main.pid}, the worker pid ${worker.pid}: the worker ran in another process. Start worker.ts with new Worker(...), not fork(...).`,
          },
    ),
    compare('worker-own-thread', 'The worker runs on a thread of its own (another threadId)', ['main', 'worker'], ({ main, worker }) =>
      main.thread !== worker.thread
        ? { status: 'pass', message: `Main is thread ${main.thread}, the worker thread ${worker.thread}: two threads.` }
        : {
            status: 'fail',
            message: `Main and the worker both reported thread ${main.thread}: the worker's code ran on main's own thread. Importing worker.ts runs it right there; new Worker(new URL('./worker.ts', import.meta.url)) runs it on a new thread.`,
          },
    ),
    compare('child-own-process', 'The child runs in a process of its own (another pid)', ['main', 'child'], ({ main, child }) =>
      main.pid !== child.pid
        ? { status: 'pass', message: `Main is pid ${main.pid}, the child pid ${child.pid}: two processes.` }
        : {
            status: 'fail',
            message: `Main and the child both reported pid ${main.pid}: the child's code ran inside the main process. Start child.ts with fork(new URL('./child.ts', import.meta.url)) to give it a process of its own.`,
          },
    ),
    compare('child-main-thread', "The child runs on its own process's main thread (threadId 0)", ['child'], ({ child }) =>
      child.thread === '0'
        ? { status: 'pass', message: 'The child reported thread 0: every new process starts on a main thread of its own.' }
        : {
            status: 'fail',
            message: `The child reported thread ${child.thread}, so it ran on a worker thread. A forked process starts on a main thread of its own, thread 0: start child.ts with fork(...), not new Worker(...).`,
          },
    ),
    idsObserved,
    mainWaits,
    noStderr(),
  ],
});
