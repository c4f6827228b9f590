import { parentPort, threadId } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

// 一个任务：把一张图片的字节加起来，再多花 300 毫秒（用来代替更重的工作）。
// 工作线程一直在监听，所以它可以一个接一个地运行任意多个任务。
parentPort?.on('message', async (job: { id: number; pixels: ArrayBuffer }) => {
  const bytes = new Uint8Array(job.pixels);
  let sum = 0;
  for (const byte of bytes) sum += byte;
  await sleep(300);
  parentPort?.postMessage({ id: job.id, threadId, bytes: bytes.length, sum });
});
