import { threadId, Worker } from 'node:worker_threads';

/** Starts worker.ts on a new thread; settles with the worker's message, or with its failure. */
function runWorker(name: string, seconds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, seconds } });
    worker.once('message', resolve); // the result the worker posted
    worker.once('error', reject); // an error the worker threw and did not catch
    // Ends without a message? Then no result is coming: say so instead of waiting forever.
    // (After a message has settled the promise, this reject does nothing.)
    worker.once('exit', (code) => {
      reject(new Error(`worker ${name} exited with code ${code} before sending a result`));
    });
  });
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
const startedAt = performance.now();

// Both workers start right away, each on its own thread; then main waits for both.
const results = await Promise.all([runWorker('A', 2), runWorker('B', 3)]);

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both workers done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
