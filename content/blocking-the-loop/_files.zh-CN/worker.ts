import { parentPort, workerData } from 'node:worker_threads';
import { countPrimes } from './primes.ts';

// 工作线程在自己的线程上、用自己的事件循环运行这个文件：
// 这里的长循环只占住这个线程，主线程的时钟照常走动。

// TODO（如果你选择用工作线程）：数出 main 交给这个工作线程的上限以下的质数，
// 并把计数交还给 main。
