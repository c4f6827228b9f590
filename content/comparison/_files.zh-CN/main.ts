import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Worker, threadId } from 'node:worker_threads';
import { waitTask } from './task.ts';

// 每种模型都是同样的两段等待：原文 2 秒和 3 秒的一半，这样三次运行总共约 5 秒。
// 在每种模型中，任务 B 都在等待结束时失败。
const TASKS = [
  { name: 'A', seconds: 1, fails: false },
  { name: 'B', seconds: 1.5, fails: true },
];

// 每个任务、每种模型一行：它的结局如何。
function report(model: string, name: string, outcome: string): void {
  console.log(`[${model}] report: ${name} ${outcome}`);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// 模型 1：每个任务一个子进程。每个子进程运行 child.ts。抛出异常的子进程独自死掉；
// 父进程能知道的只有它的退出码。
async function asProcesses(): Promise<void> {
  await Promise.all(
    TASKS.map(async ({ name, seconds, fails }) => {
      const child = fork(new URL('./child.ts', import.meta.url), [name, String(seconds), fails ? 'fails' : 'ok']);
      const [code] = (await once(child, 'exit')) as [number | null];
      report('process', name, code === 0 ? 'ok' : `failed: exit code ${code}`);
    }),
  );
}

// 模型 2：每个任务一个工作线程。每个工作线程运行 worker.ts。
async function asThreads(): Promise<void> {
  // TODO：B 的工作线程抛出异常，而在这里这个错误会结束整个程序：协程永远不会运行。
  // 让这个模型像上面那个一样：报告每个任务的结局（要有 B 自己的错误信息，
  // 而不只是“它失败了”），然后继续下一个模型。
  const workers = TASKS.map((task) => new Worker(new URL('./worker.ts', import.meta.url), { workerData: task }));
  await Promise.all(workers.map((worker) => once(worker, 'exit')));
}

// 模型 3：每个任务一个协程，全都在这个线程上。
async function asCoroutines(): Promise<void> {
  // TODO：这里也一样。B 的失败不能让 A 丢掉它的报告，而且两者仍要同时等待。
  await Promise.all(TASKS.map(({ name, seconds, fails }) => waitTask('coroutine', name, seconds, fails)));
}

// 运行一个模型，并报告它花了多长时间（以 main 看到的为准）。
async function timed(model: string, run: () => Promise<void>): Promise<void> {
  const startedAt = performance.now();
  await run();
  console.log(`[${model}] all done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
// 一个模型接一个模型，这样每个模型的计时都只属于它自己。
await timed('process', asProcesses);
await timed('thread', asThreads);
await timed('coroutine', asCoroutines);
console.log('main: every model reported');
