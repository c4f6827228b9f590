import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './jobs.ts';

// Runs on a worker thread: do the job named in workerData, then send the count to main.
const primes = runJob(workerData.name);
parentPort?.postMessage(primes);
