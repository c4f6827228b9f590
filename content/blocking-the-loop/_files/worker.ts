import { parentPort, workerData } from 'node:worker_threads';
import { countPrimes } from './primes.ts';

// A worker runs this file on a thread of its own, with its own event loop:
// a long loop here holds this thread only, and the main thread's clock keeps ticking.
//
// main.ts can start it with
//   new Worker(new URL('./worker.ts', import.meta.url), { workerData: limit })
// and wait for its answer with `await once(worker, 'message')` (once comes from 'node:events').

// TODO (if you choose the worker): count the primes below workerData here,
// then send the count back with parentPort?.postMessage(count).
