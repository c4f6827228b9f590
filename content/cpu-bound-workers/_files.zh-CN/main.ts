import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runJob } from './jobs.ts';

/**
 * 在新线程上用 worker.ts 运行一个任务；以工作线程数出的质数个数 resolve。
 * 它在 'exit' 时才有结果，而不是在 'message' 时：工作线程的 console.log 输出与它的消息
 * 分开到达主线程，只有到了 'exit'，它们才一定全部到齐。
 */
function runInWorker(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name } });
    let primes: number | undefined;
    worker.once('message', (count: number) => (primes = count));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (primes !== undefined) resolve(primes);
      else reject(new Error(`worker for ${name} exited with code ${code} without a result`));
    });
  });
}

console.log(`cores available: ${availableParallelism()}`);

// 繁忙的电脑上计时会抖动，所以测三轮，每种各取最好成绩。
for (let round = 1; round <= 3; round++) {
  // 1. 两个任务在主线程上依次运行：作为基准。
  let startedAt = performance.now();
  runJob(`round ${round} main A`);
  runJob(`round ${round} main B`);
  console.log(`round ${round}: main thread took ${Math.round(performance.now() - startedAt)} ms`);

  // 2. 同样的两个任务，两个工作线程各跑一个。
  startedAt = performance.now();
  // TODO：这两个任务仍在主线程上依次运行。让它们同时运行，
  // 各在自己的线程上，并让下面的计时覆盖它们两个。
  runJob(`round ${round} workers A`);
  runJob(`round ${round} workers B`);
  console.log(`round ${round}: 2 workers took ${Math.round(performance.now() - startedAt)} ms`);
}
