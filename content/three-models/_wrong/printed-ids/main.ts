// Typical wrong answer: main starts nothing and prints the three lines itself, with the ids a worker
// and a child would plausibly have (same pid and thread 1; next pid and thread 0).
import { threadId } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);
console.log(`worker: pid ${process.pid}, thread 1`);
console.log(`child: pid ${process.pid + 1}, thread 0`);
await new Promise((resolve) => setTimeout(resolve, 150));
console.log('main: worker exited with code 0');
console.log('main: child exited with code 0');
console.log('main: done');
