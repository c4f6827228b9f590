import { setTimeout as sleep } from 'node:timers/promises';

// 第 1 步：一个独立的异步任务。它 await 某样东西（用定时器代替真正的 I/O），
// 并返回一个结果。
async function workerTask(taskId: number, seconds: number): Promise<string> {
  console.log(`[task ${taskId}] started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`[task ${taskId}] finished`);
  return `task ${taskId} done in ${seconds} s`;
}

// 一个从 min 到 max（含两端）的随机整数。
function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

// 第 2 步：调度者。它启动每个任务，每完成一个就报告进度，
// 等待全部完成，并按任务列出的顺序报告结果。
async function orchestrate(): Promise<void> {
  console.log('orchestrator: starting');
  const startedAt = performance.now();

  // 要运行的任务：每个有一个 id 和一个随机时长，范围与原文一致。
  const configs: [id: number, seconds: number][] = [
    [1, randomInt(1, 4)],
    [2, randomInt(2, 5)],
    [3, randomInt(1, 3)],
    [4, randomInt(3, 6)],
  ];

  // TODO：这里依次运行各个任务，所以整件工作花的是它们时长的总和。
  // 改为同时运行全部任务。保留进度行：它仍必须在每个任务完成的那一刻出现，
  // 并且计数递增。不管哪个任务先完成，`results` 都要保持配置顺序。
  const results: string[] = [];
  for (const [id, seconds] of configs) {
    results.push(await workerTask(id, seconds));
    console.log(`progress: ${results.length} of ${configs.length} done (task ${id})`);
  }

  const elapsed = ((performance.now() - startedAt) / 1000).toFixed(2);
  console.log(`orchestrator: all ${configs.length} tasks done after ${elapsed} s`);
  for (const result of results) {
    console.log(`- ${result}`);
  }
}

// 第 5 步：入口。当这个文件是 Node 被要求运行的那个文件时，import.meta.main 为 true，
// 被另一个模块导入时则不是（就像 Python 的 `if __name__ == "__main__":`）。模块可以在
// 顶层 await：不需要 asyncio.run。
if (import.meta.main) {
  console.log('program: start');
  await orchestrate();
  console.log('program: end');
}
