import { setTimeout as sleep } from 'node:timers/promises';

const LIMIT = 3; // at most this many tasks may run at once
const TIMEOUT_S = 1.5; // a task still running after this long is cancelled

// Fixed durations, so you can work out the schedule on paper. Task 5 hangs: only its timeout ends it.
const JOBS = [
  { id: 1, seconds: 1 },
  { id: 2, seconds: 0.5 },
  { id: 3, seconds: 1.2 },
  { id: 4, seconds: 0.5 },
  { id: 5, seconds: 10 },
  { id: 6, seconds: 1 },
  { id: 7, seconds: 0.5 },
  { id: 8, seconds: 0.8 },
];

// One task: waits `seconds` (a stand-in for a request), unless `signal` aborts first.
async function runJob(id: number, seconds: number, signal: AbortSignal): Promise<string> {
  console.log(`task ${id} started, takes ${seconds} s`);
  try {
    await sleep(seconds * 1000, undefined, { signal });
  } catch {
    console.log(`task ${id} timed out`);
    return 'timed out';
  }
  console.log(`task ${id} done`);
  return 'done';
}

const startedAt = performance.now();
console.log(`main: ${JOBS.length} tasks, at most ${LIMIT} at once, each cut off after ${TIMEOUT_S} s`);

// Typical wrong answer: no limit at all. All eight tasks run at once.
const results = await Promise.all(JOBS.map((job) => runJob(job.id, job.seconds, AbortSignal.timeout(TIMEOUT_S * 1000))));

for (const [i, result] of results.entries()) {
  console.log(`result ${JOBS[i]?.id}: ${result}`);
}
console.log(`main: done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
