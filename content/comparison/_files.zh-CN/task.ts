import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// 每种模型都运行的工作负载：等待 `seconds` 秒（用来代替 I/O），开始行和结束行都标上模型名，
// 这样在输出中就能区分三次运行。`fails` 的任务在等待结束时抛出异常，
// 就像连接断开时请求失败一样。
export async function waitTask(model: string, name: string, seconds: number, fails = false): Promise<string> {
  console.log(`[${model}] task ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  if (fails) {
    console.log(`[${model}] task ${name} failed (pid ${process.pid}, thread ${threadId})`);
    throw new Error(`task ${name} lost its connection`);
  }
  console.log(`[${model}] task ${name} finished (pid ${process.pid}, thread ${threadId})`);
  return `${name} waited ${seconds} s`;
}
