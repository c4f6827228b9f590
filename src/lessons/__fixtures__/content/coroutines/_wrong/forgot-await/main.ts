import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// Typical wrong answer: start both tasks but never await them. The tasks overlap and finish
// (the pending timers keep Node alive), but main reports "done" before either one has finished.
async function task(name: string, seconds: number): Promise<string> {
  console.log(`task ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`task ${name} finished (pid ${process.pid}, thread ${threadId})`);
  return `${name} waited ${seconds} s`;
}

const startedAt = performance.now();

const results = [task('A', 2), task('B', 3)];

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
