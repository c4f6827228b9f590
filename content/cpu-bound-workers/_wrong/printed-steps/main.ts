// Typical wrong answer (with jobs.ts): the jobs print their lines, claiming the time a real count
// takes, without counting anything.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runJob } from './jobs.ts';

/**
 * Runs one job in worker.ts on a new thread; resolves with the worker's count of primes.
 * It settles on 'exit', not on 'message': a worker's console.log lines reach the main
 * thread separately from its messages, and only at 'exit' have they surely all arrived.
 */
function runInWorker(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name } });
    let primes: number | undefined;
    worker.once('message', (count: number) => (primes = count));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (primes !== undefined) resolve(primes);
      else reject(new Error(`worker for ${name} exited with code ${code} without a result`));
    });
  });
}

console.log(`cores available: ${availableParallelism()}`);

// Timings on a busy computer wobble, so measure three rounds and keep the best of each.
for (let round = 1; round <= 3; round++) {
  // 1. The two jobs on the main thread, one after the other: the baseline.
  let startedAt = performance.now();
  runJob(`round ${round} main A`);
  runJob(`round ${round} main B`);
  console.log(`round ${round}: main thread took ${Math.round(performance.now() - startedAt)} ms`);

  // 2. The same two jobs, one in each of two workers.
  startedAt = performance.now();
  // Both workers start now and run at the same time, each on its own thread (and core).
  await Promise.all([runInWorker(`round ${round} workers A`), runInWorker(`round ${round} workers B`)]);
  console.log(`round ${round}: 2 workers took ${Math.round(performance.now() - startedAt)} ms`);
}
