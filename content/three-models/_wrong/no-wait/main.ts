import { fork } from 'node:child_process';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// Typical wrong answer: both are started, but main does not wait for their 'exit' events,
// so it says "done" while the worker and the child are still running.
const worker = new Worker(new URL('./worker.ts', import.meta.url));
const child = fork(new URL('./child.ts', import.meta.url));

worker.on('exit', (code) => console.log(`main: worker exited with code ${code}`));
child.on('exit', (code) => console.log(`main: child exited with code ${code}`));

console.log('main: done');
