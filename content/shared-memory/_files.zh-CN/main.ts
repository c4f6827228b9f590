import { Worker } from 'node:worker_threads';
import { probeAtomics } from './probe.ts';

const NAMES = ['A', 'B'];
const TIMES = 10_000_000; // 每轮中每个工作线程加 1 的次数
// 只有两个工作线程恰好同时计数时，竞态条件才会显现：所以多试几轮。
const ROUNDS = { plain: 5, atomic: 3 };
type Mode = keyof typeof ROUNDS;

/** 为一轮启动一个工作线程；它退出时 resolve。 */
function runWorker(name: string, mode: Mode, round: number, counter: unknown, gate: Int32Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = new URL('./worker.ts', import.meta.url);
    const worker = new Worker(file, { workerData: { name, mode, round, counter, gate, times: TIMES } });
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
}

// 首先，确认这个运行时到底能不能与工作线程共享内存。
const problem = await probeAtomics();
if (problem === null) console.log('probe: Atomics in a worker works here');
else console.log(`probe: Atomics in a worker does not work here (${problem})`);

if (problem === null) {
  for (const mode of ['plain', 'atomic'] as const) {
    for (let round = 1; round <= ROUNDS[mode]; round++) {
      // TODO：每个工作线程收到的是这个对象的一份副本（workerData 和消息一样会被复制），
      // 所以它们的加法永远到不了 main 这里。给工作线程一个位于三个线程真正共享的内存中的计数器，
      // 并在下面那一行读取这块内存。
      const counter = { count: 0 };
      // 闸门让一轮中的两个工作线程同时开始计数（见 worker.ts）。
      const gate = new Int32Array(new SharedArrayBuffer(4));

      await Promise.all(NAMES.map((name) => runWorker(name, mode, round, counter, gate)));

      console.log(`${mode} round ${round}: the counter reads ${counter.count}, expected ${NAMES.length * TIMES}`);
    }
  }
}
