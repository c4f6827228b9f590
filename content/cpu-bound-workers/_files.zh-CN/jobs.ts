import { threadId } from 'node:worker_threads';

/** 纯 CPU 工作：用试除法这种笨办法数出 `limit` 以下的质数。完全没有等待。 */
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

// 在一台普通笔记本电脑的单个核心上约需半秒。
const LIMIT = 2_500_000;

/** 在调用它的线程上运行一个任务，并说明是哪个线程。 */
export function runJob(name: string): number {
  console.log(`job [${name}] started on thread ${threadId}`);
  const startedAt = performance.now();
  const primes = countPrimes(LIMIT);
  const ms = Math.round(performance.now() - startedAt);
  console.log(`job [${name}] finished on thread ${threadId}: ${primes} primes in ${ms} ms`);
  return primes;
}
