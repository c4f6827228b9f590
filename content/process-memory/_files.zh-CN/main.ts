import { fork } from 'node:child_process';
import { once } from 'node:events';

const N = 1_000_000;

// 文件顶层的变量。每个运行这个文件的进程都有它们的一份独立副本。
let total = 0;
let byParity = new Map<string, number>();

/** 1 + 2 + … + n，以及把同一个和拆成偶数和奇数两部分。 */
function sums(n: number): { total: number; byParity: Map<string, number> } {
  let even = 0;
  let odd = 0;
  for (let i = 1; i <= n; i++) {
    if (i % 2 === 0) even += i;
    else odd += i;
  }
  return { total: even + odd, byParity: new Map([['even', even], ['odd', odd]]) };
}

if (process.argv[2] === 'child') {
  // ── 子进程：计算结果。 ──
  ({ total, byParity } = sums(N));
  console.log(`child (pid ${process.pid}): total = ${total}`);
  // TODO：main 看不到这个进程的内存。把两个结果都交给 main，并确保它们
  // 完整送达：包括那个 Map。
} else {
  // ── main：启动子进程并拿到它的结果。 ──
  const child = fork(new URL(import.meta.url), ['child']);

  // TODO：这里的 `total` 和 `byParity` 是 main 自己的副本，子进程从来碰不到它们。
  // 请等待子进程交过来的东西，改用它作为结果。
  await once(child, 'exit');
  const result = { total, byParity };

  console.log(`main (pid ${process.pid}): total = ${total}`);
  console.log(`main: the child sent ${result.total}`);
  console.log(`main: even numbers sum to ${result.byParity.get('even')}, odd numbers to ${result.byParity.get('odd')}`);
}
