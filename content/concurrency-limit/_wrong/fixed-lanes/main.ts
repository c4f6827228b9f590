// Typical wrong answer: three fixed lanes (a static partition of the tasks) instead of one shared queue.
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

/**
 * Runs the tasks with at most `limit` of them at once. Each entry of `tasks` is a function that
 * starts one task when called. The results come back in the order of `tasks`.
 */
async function runWithLimit<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  // Deals the tasks out to the lanes like cards (lane 0 gets tasks 0, 3, 6 …): each lane has its own
  // fixed list, so a lane that finishes early sits idle while another lane still has work queued.
  async function lane(first: number): Promise<void> {
    for (let index = first; index < tasks.length; index += limit) {
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, i) => lane(i)));
  return results;
}

// A function per job: calling it starts the job, with a timeout that starts counting right then.
const results = await runWithLimit(
  JOBS.map((job) => () => runJob(job.id, job.seconds, AbortSignal.timeout(TIMEOUT_S * 1000))),
  LIMIT,
);

for (const [i, result] of results.entries()) {
  console.log(`result ${JOBS[i]?.id}: ${result}`);
}
console.log(`main: done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
