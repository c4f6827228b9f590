import { threadId, workerData } from 'node:worker_threads';

const { name, mode, round, counter, gate, times } = workerData as {
  name: string;
  mode: 'plain' | 'atomic';
  round: number;
  counter: Int32Array;
  gate: Int32Array;
  times: number;
};
const label = `${mode}-${round}-${name}`;

// The gate: say "I am here", then wait (at most 2 s) until the other worker of this round is here
// too, so the two count at the same moment instead of one finishing before the other has started.
// (The gate is gone: it only made each worker wait 2 s for a partner that never came.)
void gate;

console.log(`worker ${label} started (pid ${process.pid}, thread ${threadId})`);
if (mode === 'plain') {
  // ++ is three steps: read, add 1, write back. Another thread can write in between.
  // (The ! only tells TypeScript that element 0 exists.)
  for (let i = 0; i < times; i++) counter[0]!++;
} else {
  // Atomics.add reads, adds and writes back as one step that no other thread can cut into.
  for (let i = 0; i < times; i++) counter[0]!++;
}
console.log(`worker ${label} finished (pid ${process.pid}, thread ${threadId})`);
