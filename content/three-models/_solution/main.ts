import { fork } from 'node:child_process';
import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// A worker thread: a second JavaScript thread in this same process.
const worker = new Worker(new URL('./worker.ts', import.meta.url));
// A child process: a new Node.js process, started from child.ts.
const child = fork(new URL('./child.ts', import.meta.url));

// Both are running now, alongside this code.
// Each one says when it ends with an 'exit' event.
worker.on('exit', (code) => console.log(`main: worker exited with code ${code}`));
child.on('exit', (code) => console.log(`main: child exited with code ${code}`));

await Promise.all([once(worker, 'exit'), once(child, 'exit')]);
console.log('main: done');
