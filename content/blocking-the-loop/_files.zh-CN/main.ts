import { setTimeout as sleep } from 'node:timers/promises';
import { countPrimes } from './primes.ts';

const TICK_MS = 200;
const LIMIT = 4_000_000;

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

// 任务 1：一个想每 200 毫秒走一下、共走十次的时钟。
async function clock(ticks: number): Promise<void> {
  console.log(`clock started: a tick every ${TICK_MS} ms`);
  for (let i = 1; i <= ticks; i++) {
    await sleep(TICK_MS);
    console.log(`tick ${i} (+${since()} s)`);
  }
  console.log(`clock finished (+${since()} s)`);
}

// 任务 2：约一秒钟的 CPU 工作，在时钟开始半秒后开始。
async function crunch(limit: number): Promise<number> {
  await sleep(500);
  console.log(`crunch started: counting the primes below ${limit} (+${since()} s)`);
  // TODO：这个调用在返回之前一直占着线程，所以这期间打印不出任何滴答。
  // 让时钟在数质数的同时继续走：放到另一个线程上，或者一次只算一小段。
  const count = countPrimes(2, limit);
  console.log(`crunch finished: ${count} primes (+${since()} s)`);
  return count;
}

await Promise.all([clock(10), crunch(LIMIT)]);
