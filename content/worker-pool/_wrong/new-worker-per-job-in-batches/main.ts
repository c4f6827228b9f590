import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const POOL_SIZE = 3; // at most this many worker threads
const JOB_COUNT = 8;
const IMAGE_BYTES = 1024 * 1024;

type Job = { id: number; pixels: ArrayBuffer };
type Result = { id: number; threadId: number; bytes: number; sum: number };

// A 1 MB "image" whose every byte is the job's id.
function makeJob(id: number): Job {
  return { id, pixels: new Uint8Array(IMAGE_BYTES).fill(id).buffer };
}

// Runs one job on `worker` and resolves with the worker's answer.
async function runOn(worker: Worker, job: Job): Promise<Result> {
  const answer = once(worker, 'message');
  worker.postMessage(job, [job.pixels]);
  console.log(`job ${job.id} sent to thread ${worker.threadId}; main's buffer now holds ${job.pixels.byteLength} bytes`);
  const [result] = (await answer) as [Result];
  console.log(`job ${job.id} done on thread ${result.threadId}: ${result.bytes} bytes, sum ${result.sum}`);
  return result;
}

const jobs = Array.from({ length: JOB_COUNT }, (_, i) => makeJob(i + 1));
const startedAt = performance.now();

// Wrong: never more than POOL_SIZE at once, but every job still starts (and stops) a worker of its own.
for (let i = 0; i < jobs.length; i += POOL_SIZE) {
  await Promise.all(
    jobs.slice(i, i + POOL_SIZE).map(async (job) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      try {
        return await runOn(worker, job);
      } finally {
        await worker.terminate();
      }
    }),
  );
}

console.log(`main: ${JOB_COUNT} jobs done after ${Math.round(performance.now() - startedAt)} ms`);
