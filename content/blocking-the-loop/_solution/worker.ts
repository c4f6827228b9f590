import { parentPort, workerData } from 'node:worker_threads';
import { countPrimes } from './primes.ts';

// A worker runs this file on a thread of its own, with its own event loop:
// a long loop here holds this thread only, and the main thread's clock keeps ticking.
const count = countPrimes(2, workerData);
parentPort?.postMessage(count);
