import { threadId, workerData } from 'node:worker_threads';

const { name, mode, round, counter, gate, times } = workerData as {
  name: string;
  mode: 'plain' | 'atomic';
  round: number;
  counter: { count: number };
  gate: Int32Array;
  times: number;
};
const label = `${mode}-${round}-${name}`;

// 闸门：先报到“我来了”，再等待（最多 2 秒），直到本轮的另一个工作线程也来了，
// 这样两者会同时计数，而不是一个在另一个还没开始时就已结束。
Atomics.add(gate, 0, 1);
const until = Date.now() + 2000;
while (Atomics.load(gate, 0) < 2 && Date.now() < until);

console.log(`worker ${label} started (pid ${process.pid}, thread ${threadId})`);
if (mode === 'plain') {
  // TODO：普通轮次是用来展示竞态条件的：用普通方式加 1，即读、加、写，
  // 但要在 main 和另一个工作线程共享的内存里做，而不是在你自己的副本里。
  for (let i = 0; i < times; i++) counter.count++;
} else {
  // TODO：原子轮次一次加法也不能丢：让每次加法都成为一个
  // 其他线程无法插进来的步骤。
  for (let i = 0; i < times; i++) counter.count++;
}
console.log(`worker ${label} finished (pid ${process.pid}, thread ${threadId})`);
