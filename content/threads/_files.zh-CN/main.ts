import { threadId, Worker } from 'node:worker_threads';

type Fault = 'none' | 'throw' | 'silent';

/** 在新线程上运行 worker.ts；以工作线程的结果或出错的原因作为结果。 */
function runWorker(name: string, seconds: number, fault: Fault = 'none'): Promise<string> {
  return new Promise((resolve) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, seconds, fault } });
    worker.once('message', resolve); // 工作线程发来的结果
    // TODO：这个 promise 只听得到好消息。工作线程也可能崩溃，或者始终没发结果就结束了。
    // 在这些情况下也要让 promise 有结果，每次都用一个说明发生了什么的错误，
    // 这样 main 才能知道，也不会有任何东西永远等下去。
  });
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
const startedAt = performance.now();

// 四个都立即启动，各在自己的线程上。C 在 1 秒后崩溃；D 没有结果就结束了。
const names = ['A', 'B', 'C', 'D'];
const jobs = [runWorker('A', 2), runWorker('B', 3), runWorker('C', 1, 'throw'), runWorker('D', 1, 'silent')];
// 把每个结局变成一行文字，这样一个失败不会掩盖其他结果。
const outcomes = await Promise.all(jobs.map((job) => job.then((value) => `ok: ${value}`, (error: Error) => `failed: ${error.message}`)));

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: all workers settled after ${elapsed.toFixed(2)} s`);
outcomes.forEach((outcome, i) => console.log(`main: ${names[i]} ${outcome}`));
