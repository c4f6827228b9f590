import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// 用来代替 I/O：任务在等待，但不占用线程。
async function task(name: string, seconds: number): Promise<string> {
  console.log(`task ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`task ${name} finished (pid ${process.pid}, thread ${threadId})`);
  return `${name} waited ${seconds} s`;
}

const startedAt = performance.now();

// TODO：这会等 A 完成之后 B 才开始（总共约 5 秒）。
// 让两个任务同时等待，使整个运行约 3 秒。
const a = await task('A', 2);
const b = await task('B', 3);
const results = [a, b];

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
