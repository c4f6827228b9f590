import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';

// 每个工作线程都拿到 main 以 `workerData` 传入的数据的一份独立副本。
const { name, seconds, fault } = workerData as { name: string; seconds: number; fault: 'none' | 'throw' | 'silent' };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);

// 有两个工作线程故意出问题，真实的工作线程有时也会这样。不要修改这个文件。
if (fault === 'throw') {
  // 时间一到就崩溃：在定时器回调里抛出一个错误，这里没有任何东西会捕获它。
  setTimeout(() => {
    throw new Error(`worker ${name} could not finish: the disk is full`);
  }, seconds * 1000);
} else {
  await sleep(seconds * 1000); // 一个定时器：等待期间这个线程是空闲的
  console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId})`);
  if (fault === 'silent') process.exit(0); // 一声不吭地结束
  parentPort?.postMessage(`${name} waited ${seconds} s`); // 把结果送回 main
}
