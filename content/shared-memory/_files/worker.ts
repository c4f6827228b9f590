import { threadId, workerData } from 'node:worker_threads';

const { name, mode, round, counter, gate, times } = workerData as {
  name: string;
  mode: 'plain' | 'atomic';
  round: number;
  counter: { count: number };
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
if (mode === 'plain') {
  // TODO: the plain rounds are there to show the race: add 1 the ordinary way, read, add, write,
  // but in the memory that main and the other worker share, not in a copy of your own.
  for (let i = 0; i < times; i++) counter.count++;
} else {
  // TODO: the atomic rounds must not lose a single addition: make each one a step that no other
  // thread can come between.
  for (let i = 0; i < times; i++) counter.count++;
}
console.log(`worker ${label} finished (pid ${process.pid}, thread ${threadId})`);
