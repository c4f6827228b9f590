// Typical wrong answer: no worker threads. Four coroutines on the main thread print the lines the
// workers would print, numbering themselves "thread 1" to "thread 4", and settle as the workers would.
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

type Fault = 'none' | 'throw' | 'silent';

async function runWorker(name: string, seconds: number, thread: number, fault: Fault = 'none'): Promise<string> {
  console.log(`worker ${name} started (pid ${process.pid}, thread ${thread}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  if (fault === 'throw') throw new Error(`worker ${name} could not finish: the disk is full`);
  console.log(`worker ${name} finished (pid ${process.pid}, thread ${thread})`);
  if (fault === 'silent') throw new Error(`worker ${name} exited with code 0 before sending a result`);
  return `${name} waited ${seconds} s`;
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
const startedAt = performance.now();
const names = ['A', 'B', 'C', 'D'];
const jobs = [runWorker('A', 2, 1), runWorker('B', 3, 2), runWorker('C', 1, 3, 'throw'), runWorker('D', 1, 4, 'silent')];
const outcomes = await Promise.all(jobs.map((job) => job.then((value) => `ok: ${value}`, (error: Error) => `failed: ${error.message}`)));
const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: all workers settled after ${elapsed.toFixed(2)} s`);
outcomes.forEach((outcome, i) => console.log(`main: ${names[i]} ${outcome}`));
