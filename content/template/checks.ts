import { defineChecks, exitsWith, itemsInOrder, printsLines, taskSet } from '../../src/grader/index.ts';

// The starter's line formats: keep them and these patterns find every task and its random duration.
const tasks = taskSet({
  kind: 'coroutine',
  start: /^\[task (?<task>\d+)\] started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^\[task (?<task>\d+)\] finished$/,
  expected: ['1', '2', '3', '4'],
});

const startAll =
  'Start every task before awaiting any: const running = configs.map(([id, seconds]) => workerTask(id, seconds));, then const results = await Promise.all(running);.';

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0),
    tasks.allFinish({ hint: 'Start one workerTask per entry of configs and await them all.' }),
    tasks.overlap({ hint: startAll }),
    // The durations are random; each start line prints its own, and the check reads them from there.
    tasks.totalNearLongest({ durationField: 'seconds', hint: startAll }),
    tasks.followedBy(/^orchestrator: all 4 tasks done/, {
      title: 'The orchestrator reports only after every task finished',
      hint: 'Await the Promise.all before the orchestrator reports.',
    }),
    itemsInOrder(/^- task (?<item>\d+) done in \d+ s$/, ['1', '2', '3', '4'], {
      title: 'The results are listed in task order (1, 2, 3, 4), whichever task finished first',
      hint: 'Use the array that await Promise.all(running) gives you: it keeps the order of running, not the order the tasks finished in.',
    }),
    printsLines([/^program: start$/, /^- task 4 done in/, /^program: end$/], {
      id: 'entry-waits',
      title: 'The entry point waits for the orchestrator: “program: end” comes last',
      inOrder: true,
      hint: 'At the entry point, await orchestrate();: without the await, the orchestrator runs on while the program says it has ended.',
    }),
  ],
});
