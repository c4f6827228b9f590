// Typical wrong answer: each worker counts in a variable of its own and sends its count to main,
// which adds the messages up: the total is always exact, and no memory was shared at all.
import { Worker } from 'node:worker_threads';
import { probeAtomics } from './probe.ts';

const NAMES = ['A', 'B'];
const TIMES = 10_000_000; // each worker adds 1 this many times per round
// A race shows only when both workers happen to count at the same moment: try several rounds.
const ROUNDS = { plain: 5, atomic: 3 };
type Mode = keyof typeof ROUNDS;

let total = 0;

/** Starts one worker for one round; resolves when it has exited. */
function runWorker(name: string, mode: Mode, round: number, counter: unknown, gate: Int32Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, mode, round, counter, gate, times: TIMES } });
    worker.once('error', reject);
    // Each worker reports how many it added; main keeps the total.
    worker.once('message', (count: number) => (total += count));
    worker.once('exit', () => resolve());
  });
}

// First, make sure this runtime can share memory with workers at all.
const problem = await probeAtomics();
if (problem === null) console.log('probe: Atomics in a worker works here');
else console.log(`probe: Atomics in a worker does not work here (${problem})`);

if (problem === null) {
  for (const mode of ['plain', 'atomic'] as const) {
    for (let round = 1; round <= ROUNDS[mode]; round++) {
      // 4 bytes that every thread sees: one 32-bit integer, starting at 0. Passing the view in
      // workerData hands each worker the same memory, not a copy.
      const counter = new Int32Array(new SharedArrayBuffer(4));
      // The gate lets the two workers of a round start counting together (see worker.ts).
      const gate = new Int32Array(new SharedArrayBuffer(4));

      total = 0;
      await Promise.all(NAMES.map((name) => runWorker(name, mode, round, counter, gate)));

      console.log(`${mode} round ${round}: the counter reads ${total}, expected ${NAMES.length * TIMES}`);
    }
  }
}
