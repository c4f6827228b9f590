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
  // Typical wrong answer: the Map is sent as it is. A message travels as JSON by default, and
  // JSON turns a Map into {}: main receives an empty object without a get() method.
  process.send?.({ total, byParity });
} else {
  // ── Main: start the child and get its results. ──
  const child = fork(new URL(import.meta.url), ['child']);

  const [message] = (await once(child, 'message')) as [{ total: number; byParity: Map<string, number> }];
  const result = message;

  console.log(`main (pid ${process.pid}): total = ${total}`);
  console.log(`main: the child sent ${result.total}`);
  console.log(`main: even numbers sum to ${result.byParity.get('even')}, odd numbers to ${result.byParity.get('odd')}`);
}
