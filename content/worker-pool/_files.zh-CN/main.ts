import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const POOL_SIZE = 3; // 工作线程最多这么多个
const JOB_COUNT = 8;
const IMAGE_BYTES = 1024 * 1024;

type Job = { id: number; pixels: ArrayBuffer };
type Result = { id: number; threadId: number; bytes: number; sum: number };

// 一张 1 MB 的“图片”，每个字节都是任务的 id。
function makeJob(id: number): Job {
  return { id, pixels: new Uint8Array(IMAGE_BYTES).fill(id).buffer };
}

// 在 `worker` 上运行一个任务，以工作线程的答案 resolve。
async function runOn(worker: Worker, job: Job): Promise<Result> {
  const answer = once(worker, 'message');
  // TODO：这会把这 1 MB 复制给工作线程。改为转移它，这样发送不花任何代价，
  // 而 main 之后也再碰不到它。
  worker.postMessage(job);
  console.log(`job ${job.id} sent to thread ${worker.threadId}; main's buffer now holds ${job.pixels.byteLength} bytes`);
  const [result] = (await answer) as [Result];
  console.log(`job ${job.id} done on thread ${result.threadId}: ${result.bytes} bytes, sum ${result.sum}`);
  return result;
}

const jobs = Array.from({ length: JOB_COUNT }, (_, i) => makeJob(i + 1));
const startedAt = performance.now();

// TODO：这会为每个任务启动一个新的工作线程（八个线程，每个都有自己的启动开销）。
// 改为只启动一次 POOL_SIZE 个工作线程，把下一个任务交给有空的工作线程，直到任务分完，
// 并在所有任务完成后停止这些工作线程。
await Promise.all(
  jobs.map(async (job) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url));
    try {
      return await runOn(worker, job);
    } finally {
      await worker.terminate();
    }
  }),
);

console.log(`main: ${JOB_COUNT} jobs done after ${Math.round(performance.now() - startedAt)} ms`);
