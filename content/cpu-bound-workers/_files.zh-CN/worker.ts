import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './jobs.ts';

// 在工作线程上运行：完成 workerData 中指定的任务，然后把计数发给 main。
const primes = runJob(workerData.name);
parentPort?.postMessage(primes);
