// main.ts (worker.ts and child.ts print the same line)
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

const worker = new Worker(new URL('./worker.ts', import.meta.url));
const child = fork(new URL('./child.ts', import.meta.url));

await Promise.all([once(worker, 'exit'), once(child, 'exit')]);
