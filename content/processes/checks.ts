import { defineChecks, exitsWith, noStderr, taskSet, type Check } from '#checks';

// The lines each child prints. Keep them as they are: the checks read them.
const children = taskSet({
  kind: 'process',
  start: /^process (?<task>\w+) started \(pid (?<pid>\d+)\), waiting (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^process (?<task>\w+) finished \(pid (?<pid>\d+)\)$/,
  expected: ['A', 'B'],
  noun: 'task',
});

const MAIN_PID = /^main: pid (?<pid>\d+)$/;
const forkBoth = "Fork both children before waiting for either, then wait for both 'exit' events together (orchestrate() as given does this).";
const STORM = /^fork storm: /;

/**
 * Main's part ran once: one "main: pid" line. Without a working role switch every forked copy of the
 * file takes main's role again (the starter's safety net stops the third generation).
 */
const mainRunsOnce: Check = {
  id: 'main-runs-once',
  title: "Only main runs main's part: the children do not fork children of their own",
  // Messages by key, so checks.zh-CN.yaml can give each one in Chinese ({name}: a value filled in).
  messages: {
    noMainLine: 'No “main: pid …” line was printed. Keep the line where main prints its own pid.',
    once: "One copy of the file (pid {pid}) played main; the others did a child's job.",
    storm: ', and the safety net stopped a fork storm',
    many:
      "“main: pid …” was printed {times} times, by {processes} processes{storm}: the forked children ran main's part too and forked children of their own. " +
      'fork() runs the whole file again in every child, so each copy must find out which role it plays and take only that one. ' +
      'Decide it with something a child has and main does not, such as the arguments main passed to fork(). ' +
      'import.meta.main and isMainThread do not tell them apart: both are true in a forked child as well.',
  },
  evaluate({ stdout }, { say }) {
    const pids = stdout.map((l) => MAIN_PID.exec(l.text)?.groups?.pid).filter((p): p is string => p !== undefined);
    if (pids.length === 0) return { status: 'fail', message: say('noMainLine') };
    const storm = stdout.some((l) => STORM.test(l.text));
    if (pids.length === 1 && !storm) return { status: 'pass', message: say('once', { pid: pids[0] ?? '' }) };
    return { status: 'fail', message: say('many', { times: pids.length, processes: new Set(pids).size, storm: storm ? say('storm') : '' }) };
  },
};

/** The children report pids other than main's own: the work really ran in other processes. */
const notInMain: Check = {
  id: 'not-in-main',
  title: "The children's work runs outside the main process (pids other than main's)",
  messages: {
    noMainLine: 'No “main: pid …” line was printed. Keep the line where main prints its own pid.',
    noChild: 'No child printed its start line, so there is no pid to compare with main’s.',
    ranIn: '{task} ran in pid {pid}',
    outside: 'Main is pid {main}; {children}.',
    inMain:
      "{tasks} reported main's own pid ({main}): that work ran inside the main process. Let orchestrate() fork the children, and let each forked copy of the file run work() for its own name and seconds.",
  },
  evaluate(view, { say, t }) {
    const mainPid = view.stdout.map((l) => MAIN_PID.exec(l.text)?.groups?.pid).find((p) => p !== undefined);
    if (mainPid === undefined) return { status: 'fail', message: say('noMainLine') };
    const spans = children.spans(view).filter((s) => s.task === 'A' || s.task === 'B');
    if (spans.length === 0) return { status: 'fail', message: say('noChild') };
    const inMain = spans.filter((s) => s.fields.pid === mainPid).map((s) => s.task);
    if (inMain.length === 0) return { status: 'pass', message: say('outside', { main: mainPid, children: t.list(spans.map((s) => say('ranIn', { task: s.task, pid: s.fields.pid ?? '?' }))) }) };
    return { status: 'fail', message: say('inMain', { tasks: t.list(inMain), main: mainPid }) };
  },
};

export default defineChecks({
  timeline: children.patterns,
  checks: [
    exitsWith(0),
    mainRunsOnce,
    children.allFinish({ hint: "A forked copy of the file should call work() with the name and the seconds main passed to fork(), and do nothing else." }),
    children.overlap({ hint: forkBoth }),
    // A forked child needs 0.1–0.2 s to start Node: allow 0.3 s between the two start lines.
    children.startTogether({ withinMs: 300, hint: 'Call fork() for both children right after each other, before any await.' }),
    // Timers are never early and a busy machine makes them late: 150 ms early (lines are stamped on arrival), 600 ms late.
    children.totalNearLongest({ hint: forkBoth }),
    children.distinct('pid', { id: 'own-processes', title: 'Each child runs in a process of its own (distinct pids)', hint: 'Each fork() starts a new process; calling the work directly runs it in main.' }),
    notInMain,
    children.followedBy(/^main: both processes done/, {
      title: 'Main reports only after both children have exited',
      hint: "Wait for each child's 'exit' event before printing the total time.",
    }),
    noStderr(),
  ],
});
