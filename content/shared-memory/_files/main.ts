import { Worker } from 'node:worker_threads';
import { probeAtomics } from './probe.ts';

const NAMES = ['A', 'B'];
const TIMES = 10_000_000; // each worker adds 1 this many times per round
// A race shows only when both workers happen to count at the same moment: try several rounds.
const ROUNDS = { plain: 5, atomic: 3 };
type Mode = keyof typeof ROUNDS;

/** Starts one worker for one round; resolves when it has exited. */
function runWorker(name: string, mode: Mode, round: number, counter: unknown, gate: Int32Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, mode, round, counter, gate, times: TIMES } });
    worker.once('error', reject);
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
      // TODO: each worker receives a copy of this object (workerData is copied, like a message),
      // so their additions never reach main's. Give the workers a counter in memory that all three
      // threads really share, and read that memory in the line below.
      const counter = { count: 0 };
      // The gate lets the two workers of a round start counting together (see worker.ts).
      const gate = new Int32Array(new SharedArrayBuffer(4));

      await Promise.all(NAMES.map((name) => runWorker(name, mode, round, counter, gate)));

      console.log(`${mode} round ${round}: the counter reads ${counter.count}, expected ${NAMES.length * TIMES}`);
    }
  }
}
