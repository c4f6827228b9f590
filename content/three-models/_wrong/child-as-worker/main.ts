import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// Typical wrong answer: child.ts is started as a second worker thread instead of a process,
// so it shares main's pid and gets a threadId other than 0.
const worker = new Worker(new URL('./worker.ts', import.meta.url));
const child = new Worker(new URL('./child.ts', import.meta.url));

worker.on('exit', (code) => console.log(`main: worker exited with code ${code}`));
child.on('exit', (code) => console.log(`main: child exited with code ${code}`));

await Promise.all([once(worker, 'exit'), once(child, 'exit')]);
console.log('main: done');
