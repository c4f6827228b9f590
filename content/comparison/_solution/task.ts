import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// The workload every model runs: wait `seconds` (a stand-in for I/O), with a start line and an end line
// tagged with the model, so the three runs can be told apart in the output. A task that `fails` throws
// at the end of its wait, the way a request fails when the connection drops.
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
