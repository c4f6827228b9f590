import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { waitTask } from './task.ts'; // one async function for all three models

const TASKS = [{ name: 'A', seconds: 1 }, { name: 'B', seconds: 1.5 }];

async function asProcesses() {
  const children = TASKS.map(({ name, seconds }) =>
    fork(new URL('./child.ts', import.meta.url), [name, String(seconds)]));
  await Promise.all(children.map((child) => once(child, 'exit')));
}

async function asThreads() {
  const workers = TASKS.map((task) =>
    new Worker(new URL('./worker.ts', import.meta.url), { workerData: task }));
  await Promise.all(workers.map((worker) => once(worker, 'exit')));
}

async function asCoroutines() {
  await Promise.all(TASKS.map(({ name, seconds }) => waitTask('coroutine', name, seconds)));
}

await asProcesses();
await asThreads();
await asCoroutines();
