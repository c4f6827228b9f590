import { setTimeout as sleep } from 'node:timers/promises';

const TIMEOUT_S = 2.5;
const CHUNK_S = 0.25; // 下载以每块四分之一秒的方式到达

interface DownloadOptions {
  fails?: boolean;
  /** 中止这个信号，应当让下载就地停下。 */
  signal?: AbortSignal;
}

async function download(name: string, seconds: number, options: DownloadOptions = {}): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  try {
    for (let received = 0; received < seconds; received += CHUNK_S) {
      await sleep(CHUNK_S * 1000); // 一块数据到达
    }
  } catch (error) {
    console.log(`download ${name} cancelled`);
    throw error;
  }
  if (options.fails) {
    console.log(`download ${name} failed`);
    throw new Error(`connection reset while fetching ${name}`);
  }
  console.log(`download ${name} finished`);
  return `<html of ${name}>`;
}

// 被取消的任务的 promise 以什么 reject，取决于是哪个 API 察觉到的：timers/promises 的 sleep
// 以 AbortError reject，signal.throwIfAborted() 抛出信号的 reason（AbortError，或者
// AbortSignal.timeout 的 TimeoutError）。
function wasCancelled(reason: unknown): boolean {
  return reason instanceof Error && (reason.name === 'AbortError' || reason.name === 'TimeoutError');
}

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

console.log(`main: 3 downloads, giving up on any still running after ${TIMEOUT_S} s`);

// TODO：没有东西停下 C，所以 main 等了它整整 6 秒，并报告它已兑现。TIMEOUT_S 秒一过，
// 就放弃仍在运行的一切，并让放弃真正停下工作：被取消的下载必须不再接收任何数据块，
// 这样 main 完成时就没有任何东西还在运行。
const names = ['A', 'B', 'C'];
const results = await Promise.allSettled([
  download('A', 1),
  download('B', 1.5, { fails: true }),
  download('C', 6),
]);

// allSettled 从不 reject：每个结果都说明它的 promise 是怎样结束的，就像 Task 的 done()/result()/exception()。
for (const [i, result] of results.entries()) {
  const name = names[i] ?? '?';
  if (result.status === 'fulfilled') {
    console.log(`report: ${name} fulfilled with ${result.value}`);
  } else if (wasCancelled(result.reason)) {
    console.log(`report: ${name} cancelled`);
  } else {
    console.log(`report: ${name} rejected: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
  }
}
console.log(`main: done after ${since()} s`);
