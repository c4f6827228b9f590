import { threadId, workerData } from 'node:worker_threads';

// `counter` is a view on main's SharedArrayBuffer: the same memory, not a copy.
const { name, counter, times } = workerData as { name: string; counter: Int32Array; times: number };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId})`);
// Atomics.add reads, adds and writes back as one step that no other thread can cut into.
for (let i = 0; i < times; i++) Atomics.add(counter, 0, 1);
console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId}): the counter reads ${Atomics.load(counter, 0)}`);
