import { parentPort, workerData } from 'node:worker_threads';
import { countPrimes } from './primes.ts';

// A worker runs this file on a thread of its own, with its own event loop:
// a long loop here holds this thread only, and the main thread's clock keeps ticking.

// TODO (if you choose the worker): count the primes below the limit main gives this worker,
// and hand the count back to main.
