import { parentPort, threadId } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

// One job: add up the bytes of an image, then take 300 ms more (a stand-in for heavier work).
// A worker keeps listening, so it can run any number of jobs, one after another.
parentPort?.on('message', async (job: { id: number; pixels: ArrayBuffer }) => {
  const bytes = new Uint8Array(job.pixels);
  let sum = 0;
  for (const byte of bytes) sum += byte;
  await sleep(300);
  parentPort?.postMessage({ id: job.id, threadId, bytes: bytes.length, sum });
});
