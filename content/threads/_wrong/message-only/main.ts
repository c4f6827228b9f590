import { threadId, Worker } from 'node:worker_threads';

/** Starts worker.ts on a new thread; settles with the worker's message, or with its failure. */
function runWorker(name: string, seconds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, seconds } });
    // Typical wrong answer: main listens only for 'message'. When a worker never posts one,
    // nothing settles this promise; once the workers are gone Node gives up (exit code 13).
    worker.once('message', resolve);
  });
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
const startedAt = performance.now();

// Both workers start right away, each on its own thread; then main waits for both.
const results = await Promise.all([runWorker('A', 2), runWorker('B', 3)]);

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both workers done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
