import { threadId, workerData } from 'node:worker_threads';

const { name, counter, times } = workerData as { name: string; counter: { count: number }; times: number };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId})`);
// TODO: `counter` is this worker's own copy of main's object, so main never sees these additions.
// Count in the shared Int32Array instead, with Atomics.add(counter, 0, 1).
for (let i = 0; i < times; i++) counter.count++;
console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId}): it counted to ${counter.count}`);
