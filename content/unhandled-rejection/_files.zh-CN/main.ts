import { setTimeout as sleep } from 'node:timers/promises';

const JOBS = [
  { name: 'A', seconds: 1, lines: 120, fails: false },
  { name: 'B', seconds: 0.3, lines: 0, fails: true }, // 服务器重置了 B 的连接
  { name: 'C', seconds: 0.6, lines: 40, fails: false },
];

async function download(name: string, seconds: number, lines: number, fails: boolean): Promise<number> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  if (fails) {
    console.log(`download ${name} failed: connection reset`);
    throw new Error('connection reset');
  }
  console.log(`download ${name} finished: ${lines} lines`);
  return lines;
}

async function prepareReport(): Promise<void> {
  console.log('prepare started, takes 0.8 s');
  await sleep(800);
  console.log('prepare finished');
}

// 现在启动每个下载……
const pending = JOBS.map((job) => download(job.name, job.seconds, job.lines, job.fails));

// ……在它们运行时准备报告……
await prepareReport();

// ……之后再收集结果。
// TODO：程序永远走不到这里：它的退出码说明了原因。按 JOBS 的顺序报告每个下载，
// 格式为 "result X: ok (N lines)" 或 "result X: failed (reason)"，即使有一个失败也要如此，
// 并让下载和准备工作仍然同时进行。
const counts = await Promise.all(pending);
for (const [i, count] of counts.entries()) {
  console.log(`result ${JOBS[i]?.name}: ok (${count} lines)`);
}
console.log('main: done');
