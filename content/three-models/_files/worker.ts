import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// This file runs as a worker thread: a second JavaScript thread inside the main program's process.
console.log(`worker: pid ${process.pid}, thread ${threadId}`);

// Pretend to be busy for a second, so the timeline shows the three running side by side.
await sleep(1000);
