import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// A stand-in for I/O: the task waits without keeping the thread busy.
async function task(name: string, seconds: number): Promise<string> {
  console.log(`task ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`task ${name} finished (pid ${process.pid}, thread ${threadId})`);
  return `${name} waited ${seconds} s`;
}

const startedAt = performance.now();

// Calling an async function starts it at once and hands back a promise.
// Start both, then wait for both: the waits overlap.
const results = await Promise.all([task('A', 2), task('B', 3)]);

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
