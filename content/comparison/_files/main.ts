import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Worker, threadId } from 'node:worker_threads';
import { waitTask } from './task.ts';

// The same two waits for every model: half the article's 2 s and 3 s, so all three runs fit in about 5 s.
const TASKS = [
  { name: 'A', seconds: 1 },
  { name: 'B', seconds: 1.5 },
];

// Model 1: one child process per task. Each child runs child.ts.
async function asProcesses(): Promise<void> {
  const children = TASKS.map(({ name, seconds }) => fork(new URL('./child.ts', import.meta.url), [name, String(seconds)]));
  await Promise.all(children.map((child) => once(child, 'exit')));
}

// Model 2: one worker thread per task. Each worker runs worker.ts.
async function asThreads(): Promise<void> {
  const workers = TASKS.map((task) => new Worker(new URL('./worker.ts', import.meta.url), { workerData: task }));
  await Promise.all(workers.map((worker) => once(worker, 'exit')));
}

// Model 3: one coroutine per task, all on this thread.
async function asCoroutines(): Promise<void> {
  // TODO: run the same two tasks as coroutines: call waitTask('coroutine', name, seconds)
  // for each task in TASKS, and wait for both together.
}

// Runs one model and reports how long it took, as main saw it.
async function timed(model: string, run: () => Promise<void>): Promise<void> {
  const startedAt = performance.now();
  await run();
  console.log(`[${model}] all done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
// One model after the other, so each one's timing is its own.
await timed('process', asProcesses);
await timed('thread', asThreads);
await timed('coroutine', asCoroutines);
