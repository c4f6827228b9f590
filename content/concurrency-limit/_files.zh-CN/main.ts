import { setTimeout as sleep } from 'node:timers/promises';

const LIMIT = 3; // 同时最多运行这么多个任务
const TIMEOUT_S = 1.5; // 运行超过这么久的任务会被取消

// 固定的时长，这样你可以在纸上推出调度顺序。任务 5 会卡住：只有它的超时能让它结束。
const JOBS = [
  { id: 1, seconds: 1 },
  { id: 2, seconds: 0.5 },
  { id: 3, seconds: 1.2 },
  { id: 4, seconds: 0.5 },
  { id: 5, seconds: 10 },
  { id: 6, seconds: 1 },
  { id: 7, seconds: 0.5 },
  { id: 8, seconds: 0.8 },
];

// 一个任务：等待 `seconds` 秒（用来代替一次请求），除非 `signal` 先中止。
async function runJob(id: number, seconds: number, signal: AbortSignal): Promise<string> {
  console.log(`task ${id} started, takes ${seconds} s`);
  try {
    await sleep(seconds * 1000, undefined, { signal });
  } catch {
    console.log(`task ${id} timed out`);
    return 'timed out';
  }
  console.log(`task ${id} done`);
  return 'done';
}

const startedAt = performance.now();
console.log(`main: ${JOBS.length} tasks, at most ${LIMIT} at once, each cut off after ${TIMEOUT_S} s`);

// TODO：这里一次启动全部八个任务。改为同时最多运行 LIMIT 个：写一个小小的池，
// 一个正在运行的任务结束就立即启动下一个，并按 JOBS 的顺序保存结果。
// 每个任务的超时必须在任务开始时才开始计时，而不是在它排队等待时。
const results = await Promise.all(JOBS.map((job) => runJob(job.id, job.seconds, AbortSignal.timeout(TIMEOUT_S * 1000))));

for (const [i, result] of results.entries()) {
  console.log(`result ${JOBS[i]?.id}: ${result}`);
}
console.log(`main: done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
