import { setTimeout as sleep } from 'node:timers/promises';

const LIMIT = 3;
const TIMEOUT_S = 1.5;
const JOBS = [[1, 1], [2, 0.5], [3, 1.2], [4, 0.5], [5, 10], [6, 1], [7, 0.5], [8, 0.8]] as const;

async function runJob(id: number, seconds: number, signal: AbortSignal) {
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

async function runWithLimit<T>(tasks: (() => Promise<T>)[], limit: number) {
  const results: T[] = [];
  const queue = tasks.entries(); // shared by every lane
  async function lane() {
    for (const [index, task] of queue) results[index] = await task();
  }
  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

// The timeout is created inside the function, so it starts with the task.
const results = await runWithLimit(
  JOBS.map(([id, s]) => () => runJob(id, s, AbortSignal.timeout(TIMEOUT_S * 1000))), LIMIT);
for (const [i, result] of results.entries()) console.log(`result ${JOBS[i]?.[0]}: ${result}`);
