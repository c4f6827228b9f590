import { blindWhen, defineChecks, exitsWith, findSpans, itemsInOrder, printsLines, taskSet, type Check } from '#checks';

const IDS = ['1', '2', '3', '4'];

// The starter's line formats: keep them and these patterns find every task and its random duration.
const tasks = taskSet({
  kind: 'coroutine',
  start: /^\[task (?<task>\d+)\] started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^\[task (?<task>\d+)\] finished$/,
  expected: IDS,
});

const PROGRESS = /^progress: (?<count>\d+) of (?<total>\d+) done \(task (?<task>\d+)\)$/;

const startAll =
  'Start every task before waiting for any: each call to workerTask starts its task at once and hands you a promise; wait for the whole set together.';
const asEachFinishes =
  'Each task\'s progress line belongs right after that task finishes: attach it to that task\'s own promise (an async wrapper per task, or a .then), ' +
  'not after waiting for the whole set.';

/**
 * Progress is reported as each task finishes: the progress lines count up 1…4, each one comes after
 * its task's end line, and before the end line of any task due to end later (start plus its printed
 * whole-second duration, so at least a second later: a 0.5 s margin absorbs late stamps, and the
 * verdict itself rests on line order).
 */
const progressAsTasksFinish: Check = {
  id: 'progress-as-tasks-finish',
  title: 'A progress line appears as each task finishes, counting up from 1 to 4',
  // Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.
  messages: {
    count: 'Expected {expected} lines “progress: n of 4 done (task id)”, one per task; found {found}. Keep the progress line, one per finished task.',
    counted: 'The progress lines counted {counts}; they should count 1, 2, 3, 4 as tasks finish. Count finished tasks in one variable that every task updates.',
    noEnd: '“{line}” names task {task}, which never printed its end line.',
    early: '“{line}” came before task {task} had finished.',
    late: `Task {task} ({seconds} s) finished before task {longer} ({longerSeconds} s), but its progress line came only after task {longer} ended too. ${asEachFinishes}`,
    ok: 'Every progress line came right after its task finished, counting 1 to 4.',
  },
  evaluate(view, { say }) {
    const progress = view.stdout
      .map((line) => ({ line, groups: PROGRESS.exec(line.text)?.groups }))
      .filter((p): p is { line: (typeof view.stdout)[number]; groups: Record<string, string> } => p.groups !== undefined);
    if (progress.length !== IDS.length) {
      return { status: 'fail', message: say('count', { expected: IDS.length, found: progress.length }) };
    }
    const counts = progress.map((p) => Number(p.groups.count));
    if (counts.some((c, i) => c !== i + 1)) {
      return { status: 'fail', message: say('counted', { counts: counts.join(', ') }) };
    }
    const spans = findSpans(view, tasks.patterns);
    for (const { line, groups } of progress) {
      const own = spans.find((sp) => sp.task === groups.task);
      if (!own?.end) return { status: 'fail', message: say('noEnd', { line: line.text, task: groups.task ?? '' }) };
      if (line.index < own.end.index) return { status: 'fail', message: say('early', { line: line.text, task: groups.task ?? '' }) };
      const ownSeconds = Number(own.fields.seconds);
      // A task due to end at least half a second after this one (start time plus its whole-second duration).
      const dueAfter = (sp: (typeof spans)[number]) => sp.start.at + Number(sp.fields.seconds) * 1000 > own.start.at + ownSeconds * 1000 + 500;
      const longer = spans.find((sp) => sp.end && dueAfter(sp) && sp.end.index < line.index);
      if (longer) {
        return { status: 'fail', message: say('late', { task: groups.task ?? '', seconds: ownSeconds, longer: longer.task, longerSeconds: longer.fields.seconds ?? '' }) };
      }
    }
    return { status: 'pass', message: say('ok') };
  },
};

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0),
    tasks.allFinish({ hint: 'Start one workerTask per entry of configs and wait for them all.' }),
    tasks.overlap({ hint: startAll }),
    // The durations are random; each start line prints its own, and the check reads them from there.
    tasks.totalNearLongest({ durationField: 'seconds', hint: startAll }),
    tasks.waitsAsReported({ hint: 'Keep workerTask as it is: each task awaits its own sleep.' }),
    progressAsTasksFinish,
    tasks.followedBy(/^orchestrator: all 4 tasks done/, {
      title: 'The orchestrator reports only after every task finished',
      hint: 'Wait for the whole set before the orchestrator reports.',
    }),
    // Random durations finish in task order in about one run in seven: then results in finishing
    // order look right, so such a run cannot decide instead of passing.
    blindWhen(
      itemsInOrder(/^- task (?<item>\d+) done in \d+ s$/, IDS, {
        line: '“- task <id> done in <n> s”',
        title: 'The results are listed in task order (1, 2, 3, 4), whichever task finished first',
        hint:
          'Collecting results as they arrive gives the finishing order. Promise.all hands back its values in the order of the promises you gave it: use that array.',
      }),
      tasks.finishOrderBlind,
    ),
    printsLines([/^program: start$/, /^- task 4 done in/, /^program: end$/], {
      id: 'entry-waits',
      title: 'The entry point waits for the orchestrator: “program: end” comes last',
      inOrder: true,
      hint: 'Keep the entry point\'s await: without it, the orchestrator runs on while the program says it has ended.',
    }),
  ],
});
