import { defineChecks, exitsWith, itemsInOrder, noUncaughtRejection, taskSet } from '#checks';

// The three downloads and the report's preparation, as four tasks that should all overlap.
const tasks = taskSet({
  kind: 'coroutine',
  start: /^(?<task>download [A-C]|prepare) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^(?<task>download [A-C]|prepare) (?:finished|failed)\b/,
  expected: ['download A', 'download B', 'download C', 'prepare'],
});

const handleAtOnce =
  'Download B rejects at 0.3 s, while main is still preparing the report. Node ends the program if a promise rejects and nothing has handled it yet: ' +
  'a try/catch or an await reached later comes too late. Attach the handling when the downloads start: Promise.allSettled(...) at once, or a .catch(...) on each promise as you create it, and await the result afterwards.';

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0, { hint: handleAtOnce }),
    noUncaughtRejection({ hint: handleAtOnce }),
    tasks.allFinish(),
    tasks.overlap({ hint: 'Start all three downloads before preparing the report, and prepare it while they run: await nothing in between.' }),
    tasks.totalNearLongest({ hint: 'The downloads and the preparation must run at the same time: start everything first, then wait.' }),
    tasks.waitsAsReported({ hint: 'Keep the download and prepare functions as they are: each awaits its own sleep.' }),
    itemsInOrder(
      /^result (?<item>\w+: (?:ok \(\d+ lines\)|failed \(.*\)))$/,
      ['A: ok (120 lines)', 'B: failed (connection reset)', 'C: ok (40 lines)'],
      {
        id: 'every-outcome',
        title: 'Every download is reported in JOBS order: A ok, B failed, C ok',
        hint: 'Promise.all rejects with the first error and drops the other results; Promise.allSettled waits for every promise and tells you, for each one, its value or its reason.',
      },
    ),
    tasks.followedBy(/^main: done$/, { title: '“main: done” comes after every download and the preparation have ended' }),
  ],
});
