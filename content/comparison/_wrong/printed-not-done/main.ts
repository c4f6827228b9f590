// Typical wrong answer: no child processes and no workers at all. Main prints the lines each model
// would print, with made-up pids and threadIds, on the schedule the tasks would keep.
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

const TASKS = [
  { name: 'A', seconds: 1, fails: false },
  { name: 'B', seconds: 1.5, fails: true },
];

async function pretend(model: string, pids: [number, number], threads: [number, number], bFailure: string): Promise<void> {
  const startedAt = performance.now();
  TASKS.forEach((t, i) => console.log(`[${model}] task ${t.name} started (pid ${pids[i]}, thread ${threads[i]}), waiting ${t.seconds} s`));
  await sleep(1000);
  console.log(`[${model}] task A finished (pid ${pids[0]}, thread ${threads[0]})`);
  console.log(`[${model}] report: A ok`);
  await sleep(500);
  console.log(`[${model}] task B failed (pid ${pids[1]}, thread ${threads[1]})`);
  console.log(`[${model}] report: B failed: ${bFailure}`);
  console.log(`[${model}] all done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
await pretend('process', [process.pid + 1, process.pid + 2], [0, 0], 'exit code 1');
await pretend('thread', [process.pid, process.pid], [1, 2], 'task B lost its connection');
await pretend('coroutine', [process.pid, process.pid], [threadId, threadId], 'task B lost its connection');
console.log('main: every model reported');
