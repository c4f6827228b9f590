import { fork } from 'node:child_process';
import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// TODO: run worker.ts on a second thread of this process, and child.ts as a process of its own.
// Name each file relative to this module, so the program works from any folder.
// When each one ends, print "main: worker exited with code …" (or "main: child exited …").
// Main may say it is done only after both have ended.

console.log('main: done');
