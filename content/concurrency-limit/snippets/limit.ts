import { setTimeout as sleep } from 'node:timers/promises';

const LIMIT = 3;
const TIMEOUT_S = 1.5;
const JOBS = [[1, 1], [2, 0.5], [3, 1.2], [4, 0.5], [5, 10], [6, 1], [7, 0.5], [8, 0.8]] as const;

async function runJob(id: number, seconds: number, signal: AbortSignal) {
  console.log(`task ${id} started, takes ${seconds} s`);
  await sleep(seconds * 1000, undefined, { signal }); // rejects when the signal aborts
  console.log(`task ${id} done`);
  return 'done';
}

// A semaphore by hand: free places, and the wake-up calls of tasks waiting for one.
let free = LIMIT;
const waiting: (() => void)[] = [];
const acquire = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
const release = () => { const next = waiting.shift(); if (next) next(); else free++; };

async function limited(id: number, seconds: number) {
  await acquire(); // waits while LIMIT tasks hold a place
  try { // the timeout starts here, with the task
    return await runJob(id, seconds, AbortSignal.timeout(TIMEOUT_S * 1000));
  } catch {
    console.log(`task ${id} timed out`);
    return 'timed out';
  } finally {
    release(); // give the place back, or hand it straight to a waiting task
  }
}

const results = await Promise.all(JOBS.map(([id, s]) => limited(id, s)));
for (const [i, result] of results.entries()) console.log(`result ${JOBS[i]?.[0]}: ${result}`);
