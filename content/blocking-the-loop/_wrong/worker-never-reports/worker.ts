import { workerData } from 'node:worker_threads';
import { countPrimes } from './primes.ts';

// Typical wrong answer: the worker does the work but never sends the count back.
// main.ts waits for a message that never comes; once the clock stops, nothing is left
// that could ever settle that wait.
const count = countPrimes(2, workerData);
console.log(`worker: counted ${count} primes`);
