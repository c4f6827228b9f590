import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// Typical wrong answer: await each task in turn. B starts only when A is done (about 5 s).
async function task(name: string, seconds: number): Promise<string> {
  console.log(`task ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`task ${name} finished (pid ${process.pid}, thread ${threadId})`);
  return `${name} waited ${seconds} s`;
}

const startedAt = performance.now();

const a = await task('A', 2);
const b = await task('B', 3);
const results = [a, b];

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
