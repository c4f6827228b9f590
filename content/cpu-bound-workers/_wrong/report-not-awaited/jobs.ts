import { threadId } from 'node:worker_threads';

/** Pure CPU work: counts the primes below `limit` the slow way, by trial division. No waiting at all. */
export function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let isPrime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        isPrime = false;
        break;
      }
    }
    if (isPrime) count++;
  }
  return count;
}

// About half a second of work on a typical laptop core.
const LIMIT = 2_500_000;

/** Runs one job on whatever thread calls it, and says which thread that was. */
export function runJob(name: string): number {
  console.log(`job [${name}] started on thread ${threadId}`);
  const startedAt = performance.now();
  const primes = countPrimes(LIMIT);
  const ms = Math.round(performance.now() - startedAt);
  console.log(`job [${name}] finished on thread ${threadId}: ${primes} primes in ${ms} ms`);
  return primes;
}
