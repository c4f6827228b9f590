import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// ── 子进程的任务：等待，然后结束。用来代替真正的工作。 ──
async function work(name: string, seconds: number): Promise<void> {
  console.log(`process ${name} started (pid ${process.pid}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`process ${name} finished (pid ${process.pid})`);
}

// ── main 的任务：fork 两个运行同一文件的子进程，并等待两者。 ──
async function orchestrate(): Promise<void> {
  console.log(`main: pid ${process.pid}`);
  const startedAt = performance.now();
  const a = forkSelf(['A', '2']);
  const b = forkSelf(['B', '3']);
  await Promise.all([once(a, 'exit'), once(b, 'exit')]);
  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
}

// 这是本练习的安全网，不属于答案：main 的孙进程拒绝再 fork，
// 这样缺少有效角色判断的文件会在三代之后停下，而不是无限增长。
const generation = Number(process.env.FORK_GENERATION ?? '0');
function forkSelf(args: string[]): ChildProcess {
  if (generation >= 2) {
    console.log(`fork storm: pid ${process.pid} is main's grandchild and wanted to fork again; stopped`);
    process.exit(1);
  }
  const env = { ...process.env, FORK_GENERATION: String(generation + 1) };
  return fork(new URL(import.meta.url), args, { env });
}

// TODO：fork() 会在每个子进程里从第一行起把整个文件再运行一遍。现在每一份副本
// 都扮演 main 的角色，于是每个子进程又 fork 出自己的子进程：这就是 fork 风暴。
// 请在这里决定这份副本扮演哪个角色。main 负责调度；子进程只做自己的那份工作，
// 使用 main 交给它的名字和秒数。
await orchestrate();
