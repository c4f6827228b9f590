// Typical wrong answer: no fork at all. Two coroutines in main print the lines two children would
// print, each with a made-up pid next to main's, and wait as long as the children would.
import { setTimeout as sleep } from 'node:timers/promises';

async function work(name: string, seconds: number, pid: number): Promise<void> {
  console.log(`process ${name} started (pid ${pid}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`process ${name} finished (pid ${pid})`);
}

console.log(`main: pid ${process.pid}`);
const startedAt = performance.now();
await Promise.all([work('A', 2, process.pid + 1), work('B', 3, process.pid + 2)]);
const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
