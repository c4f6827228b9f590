import { defineChecks, exitsWith, noStderr, taskSet } from '#checks';

// The starter's line formats: keep them and these patterns find every task.
const tasks = taskSet({
  kind: 'coroutine',
  start: /^task (?<task>\w+) started \(pid (?<pid>\d+), thread (?<thread>\d+)\), waiting (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^task (?<task>\w+) finished \(pid (?<pid>\d+), thread (?<thread>\d+)\)$/,
  expected: ['A', 'B'],
});

const startBoth = 'Start both tasks before awaiting either: call task() twice, then await Promise.all([...]) on the two promises.';

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0),
    tasks.allFinish(),
    tasks.overlap({ hint: startBoth }),
    // Timers are never early and a busy machine makes them late: lines are stamped where they are
    // written (observed runs), so 150 ms early only covers unobserved runtimes; 600 ms late.
    tasks.totalNearLongest({ hint: startBoth }),
    // What the runtime observed: each task's own wait, started when the task starts. A program that
    // prints the same lines on a schedule of its own fails here.
    tasks.waitsAsReported({ hint: 'Keep the task() function: each call prints its start line, then awaits its own sleep.' }),
    tasks.followedBy(/^main: both tasks done/, {
      title: 'main waits for both tasks before it reports',
      hint: 'A promise you do not await runs on, but nobody waits for it: await Promise.all(...) before printing.',
    }),
    // On observed runs the printed ids must be ids that existed: keep printing process.pid and threadId.
    tasks.same('pid', { id: 'one-process', title: 'Both tasks run in one process (same pid)' }),
    tasks.same('thread', { id: 'one-thread', title: 'Both tasks run on one thread (same threadId)' }),
    noStderr(),
  ],
});
