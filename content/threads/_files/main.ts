import { threadId, Worker } from 'node:worker_threads';

type Fault = 'none' | 'throw' | 'silent';

/** Runs worker.ts on a new thread; settles with the worker's result, or with what went wrong. */
function runWorker(name: string, seconds: number, fault: Fault = 'none'): Promise<string> {
  return new Promise((resolve) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, seconds, fault } });
    worker.once('message', resolve); // the result the worker posted
    // TODO: this promise hears only good news. A worker can also crash, or end without ever
    // sending a result. Settle the promise in those cases too, each time with an error that
    // says what happened, so that main learns about it and nothing waits forever.
  });
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
const startedAt = performance.now();

// All four start right away, each on its own thread. C crashes after 1 s; D ends without a result.
const names = ['A', 'B', 'C', 'D'];
const jobs = [runWorker('A', 2), runWorker('B', 3), runWorker('C', 1, 'throw'), runWorker('D', 1, 'silent')];
// Turn each outcome into a line of text, so one failure does not hide the other results.
const outcomes = await Promise.all(jobs.map((job) => job.then((value) => `ok: ${value}`, (error: Error) => `failed: ${error.message}`)));

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: all workers settled after ${elapsed.toFixed(2)} s`);
outcomes.forEach((outcome, i) => console.log(`main: ${names[i]} ${outcome}`));
