import { once } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let isPrime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) { isPrime = false; break; }
    if (isPrime) count++;
  }
  return count;
}

if (!isMainThread) {
  // A worker runs this same file: this branch is its job.
  parentPort?.postMessage(countPrimes(workerData));
} else {
  let startedAt = performance.now();
  countPrimes(2_500_000);
  countPrimes(2_500_000);
  console.log(`main thread: ${Math.round(performance.now() - startedAt)} ms`);

  startedAt = performance.now();
  const workers = [1, 2].map(() => new Worker(new URL(import.meta.url), { workerData: 2_500_000 }));
  await Promise.all(workers.map((w) => once(w, 'exit')));
  console.log(`2 workers:   ${Math.round(performance.now() - startedAt)} ms`); // about half: no GIL
}
