import { Worker } from 'node:worker_threads';
import { probeAtomics } from './probe.ts';

const NAMES = ['A', 'B'];
const TIMES = 20_000_000; // each worker adds 1 this many times

/** Starts worker.ts with its own name and the counter; resolves when the worker has exited. */
function runWorker(name: string, counter: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, counter, times: TIMES } });
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
}

// First, make sure this runtime can share memory with workers at all.
const problem = await probeAtomics();
if (problem === null) console.log('probe: Atomics in a worker works here');
else console.log(`probe: Atomics in a worker does not work here (${problem})`);

if (problem === null) {
  // 4 bytes of memory that every thread sees: one 32-bit integer, starting at 0.
  // Passing the view in workerData shares the memory; it is not copied.
  const counter = new Int32Array(new SharedArrayBuffer(4));

  // Typical wrong answer: the workers are started but not awaited, so main reads the counter
  // before either worker has even begun.
  NAMES.map((name) => runWorker(name, counter));

  console.log(`main: the counter reads ${Atomics.load(counter, 0)}, expected ${NAMES.length * TIMES}`);
}
