// Typical wrong answer: crunch prints the known count after a sleep, without counting anything.
import { setTimeout as sleep } from 'node:timers/promises';

const TICK_MS = 200;
const LIMIT = 4_000_000;

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

// Task 1: a clock that wants to tick every 200 ms, ten times.
async function clock(ticks: number): Promise<void> {
  console.log(`clock started: a tick every ${TICK_MS} ms`);
  for (let i = 1; i <= ticks; i++) {
    await sleep(TICK_MS);
    console.log(`tick ${i} (+${since()} s)`);
  }
  console.log(`clock finished (+${since()} s)`);
}

// Task 2: about a second of CPU work, starting half a second after the clock.
async function crunch(limit: number): Promise<number> {
  await sleep(500);
  console.log(`crunch started: counting the primes below ${limit} (+${since()} s)`);
  // The answer is known, so skip the counting and wait about as long as it would take.
  await sleep(1000);
  const count = 283146;
  console.log(`crunch finished: ${count} primes (+${since()} s)`);
  return count;
}

await Promise.all([clock(10), crunch(LIMIT)]);
