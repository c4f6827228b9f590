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
  // The transfer list moves the buffer: the worker gets the same memory, main's copy is detached.
  worker.postMessage(job, [job.pixels]);
  console.log(`job ${job.id} sent to thread ${worker.threadId}; main's buffer now holds ${job.pixels.byteLength} bytes`);
  const [result] = (await answer) as [Result];
  console.log(`job ${job.id} done on thread ${result.threadId}: ${result.bytes} bytes, sum ${result.sum}`);
  return result;
}

const jobs = Array.from({ length: JOB_COUNT }, (_, i) => makeJob(i + 1));
const startedAt = performance.now();

// The pool: POOL_SIZE workers, started once. Each one takes the next job from a queue shared by all
// of them as soon as it is free, so the workers stay busy and no job starts a thread of its own.
// Wrong: a pool of one, so the jobs queue behind each other.
const workers = Array.from({ length: 1 }, () => new Worker(new URL('./worker.ts', import.meta.url)));
const queue = jobs.values();
async function serve(worker: Worker): Promise<void> {
  for (const job of queue) await runOn(worker, job);
}
try {
  await Promise.all(workers.map(serve));
} finally {
  // A worker waiting for messages keeps the process alive: close the pool when the work is done.
  await Promise.all(workers.map((worker) => worker.terminate()));
}

console.log(`main: ${JOB_COUNT} jobs done after ${Math.round(performance.now() - startedAt)} ms`);
