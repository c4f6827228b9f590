import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// Typical wrong answer: no tasks at all, one sequence that prints the lines the tasks would print,
// each at the moment it would appear (2 s, then 1 s more). The output looks right; the waits are
// not the tasks' own.
const id = `pid ${process.pid}, thread ${threadId}`;
const startedAt = performance.now();
console.log(`task A started (${id}), waiting 2 s`);
console.log(`task B started (${id}), waiting 3 s`);
await sleep(2000);
console.log(`task A finished (${id})`);
await sleep(1000);
console.log(`task B finished (${id})`);
const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ["A waited 2 s","B waited 3 s"]`);
