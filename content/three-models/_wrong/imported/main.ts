import { threadId } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// Typical wrong answer: importing a file runs its code right here, in this process, on this
// thread. The worker and the child print main's own pid and thread 0.
await import('./worker.ts');
console.log('main: worker exited with code 0');
await import('./child.ts');
console.log('main: child exited with code 0');

console.log('main: done');
