import { fork } from 'node:child_process';
import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// TODO: start worker.ts as a worker thread and child.ts as a child process:
//   const worker = new Worker(new URL('./worker.ts', import.meta.url));
//   const child = fork(new URL('./child.ts', import.meta.url));
// When each one exits, print "main: worker exited with code …" (or "child").
// Wait until both have exited before main says it is done.

console.log('main: done');
