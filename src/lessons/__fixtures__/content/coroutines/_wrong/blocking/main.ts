import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// Typical wrong answer: Promise.all is right, but each task does ~1 s of busy work before its
// await. A busy loop never hands the thread back, so B cannot even start until A's loop is over,
// and B's wait begins ~2 s late: the run takes about 5 s instead of 3.
async function task(name: string, seconds: number): Promise<string> {
  console.log(`task ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
  const end = Date.now() + 1000;
  while (Date.now() < end) {
    // holding the thread: no other task and no timer can run
  }
  await sleep(seconds * 1000);
  console.log(`task ${name} finished (pid ${process.pid}, thread ${threadId})`);
  return `${name} waited ${seconds} s`;
}

const startedAt = performance.now();

const results = await Promise.all([task('A', 2), task('B', 3)]);

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
