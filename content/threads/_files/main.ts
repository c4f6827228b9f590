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

// TODO: worker B does not start until worker A has finished (about 5 s in all).
// Start both workers first, then wait for both, so the run takes about 3 s.
const a = await runWorker('A', 2);
const b = await runWorker('B', 3);
const results = [a, b];

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both workers done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
