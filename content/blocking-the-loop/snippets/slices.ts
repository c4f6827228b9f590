import { setImmediate } from 'node:timers/promises';
import { countPrimes } from './primes.ts';

const ticking = setInterval(() => console.log('tick'), 200);

async function crunch(limit: number, sliceSize = 100_000): Promise<number> {
  let count = 0;
  for (let start = 2; start < limit; start += sliceSize) {
    count += countPrimes(start, Math.min(start + sliceSize, limit));
    await setImmediate(); // a turn for the loop: due timers run
  }
  return count;
}

console.log(`${await crunch(4_000_000)} primes`);
clearInterval(ticking);
