// Typical wrong answer: the child computes and prints, but sends nothing; main waits for it to exit
// and then computes the same totals itself, printing them as if the child had sent them.
import { fork } from 'node:child_process';
import { once } from 'node:events';

const N = 1_000_000;

// Variables at the top of the file. Every process that runs this file has its own copy of them.
let total = 0;
let byParity = new Map<string, number>();

/** 1 + 2 + … + n, and the same sum split into even and odd numbers. */
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
  // ── Child: compute the results. ──
  ({ total, byParity } = sums(N));
  console.log(`child (pid ${process.pid}): total = ${total}`);
  // Changing `total` changed this process's copy only: send the values to main instead.
  // A message travels as JSON, which turns a Map into {}: send its entries, a plain array.
  // (Nothing is sent: main works the totals out again for itself.)
} else {
  // ── Main: start the child and get its results. ──
  const child = fork(new URL(import.meta.url), ['child']);

  await once(child, 'exit');
  const result = sums(N); // main's own work, not the child's
  console.log(`main (pid ${process.pid}): total = ${total}`);
  console.log(`main: the child sent ${result.total}`);
  console.log(`main: even numbers sum to ${result.byParity.get('even')}, odd numbers to ${result.byParity.get('odd')}`);
}
