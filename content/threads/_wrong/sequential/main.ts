import { threadId, Worker } from 'node:worker_threads';

type Fault = 'none' | 'throw' | 'silent';

/** Runs worker.ts on a new thread; settles with the worker's result, or with what went wrong. */
function runWorker(name: string, seconds: number, fault: Fault = 'none'): Promise<string> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, seconds, fault } });
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

// All four start right away, each on its own thread. C crashes after 1 s; D ends without a result.
const names = ['A', 'B', 'C', 'D'];
// Turn each outcome into a line of text, so one failure does not hide the other results.
// Typical wrong answer: each worker is awaited before the next one starts... (written as a loop).
const outcomes: string[] = [];
for (const [i, name] of names.entries()) {
  const fault: Fault = name === 'C' ? 'throw' : name === 'D' ? 'silent' : 'none';
  outcomes.push(await runWorker(name, [2, 3, 1, 1][i] ?? 1, fault).then((value) => `ok: ${value}`, (error: Error) => `failed: ${error.message}`));
}

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: all workers settled after ${elapsed.toFixed(2)} s`);
outcomes.forEach((outcome, i) => console.log(`main: ${names[i]} ${outcome}`));
