import { parentPort, threadId, workerData } from 'node:worker_threads';

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
Atomics.add(gate, 0, 1);
const until = Date.now() + 2000;
while (Atomics.load(gate, 0) < 2 && Date.now() < until);

console.log(`worker ${label} started (pid ${process.pid}, thread ${threadId})`);
void counter;
let mine = 0;
for (let i = 0; i < times; i++) mine++;
parentPort?.postMessage(mine);
console.log(`worker ${label} finished (pid ${process.pid}, thread ${threadId})`);
