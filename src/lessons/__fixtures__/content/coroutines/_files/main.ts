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

// TODO: this waits for A to finish before B even starts (about 5 s in all).
// Make both tasks wait at the same time, so the whole run takes about 3 s.
const a = await task('A', 2);
const b = await task('B', 3);
const results = [a, b];

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
