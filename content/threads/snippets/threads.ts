import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

if (!isMainThread) {
  // A worker runs this same file: this branch is its job.
  const { name, seconds } = workerData;
  console.log(`worker ${name} started (pid ${process.pid}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`worker ${name} finished (pid ${process.pid})`);
} else {
  const startedAt = performance.now();
  const self = new URL(import.meta.url);
  const a = new Worker(self, { workerData: { name: 'A', seconds: 2 } });
  const b = new Worker(self, { workerData: { name: 'B', seconds: 3 } });
  await Promise.all([once(a, 'exit'), once(b, 'exit')]);
  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`main: both workers done after ${elapsed.toFixed(2)} s`);
}
