import { once } from 'node:events';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

const TIMES = 1_000_000;

if (!isMainThread) {
  // A worker runs this same file: this branch is its job.
  const counter: Int32Array = workerData; // a view on main's shared memory
  for (let i = 0; i < TIMES; i++) {
    Atomics.add(counter, 0, 1); // read, add, write without interruption
  }
} else {
  const counter = new Int32Array(new SharedArrayBuffer(4)); // the only memory threads can share
  const workers = [1, 2].map(() => new Worker(new URL(import.meta.url), { workerData: counter }));
  await Promise.all(workers.map((w) => once(w, 'exit')));
  console.log(`main: the counter reads ${Atomics.load(counter, 0)}, expected ${2 * TIMES}`);
}
