import { fork } from 'node:child_process';
import { once } from 'node:events';

// One variable, at the top of the file. Every process that runs this file has its own copy.
let total = 0;

function sumUpTo(n: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += i;
  return sum;
}

if (process.argv[2] === 'child') {
  // ── Child: compute the result. ──
  total = sumUpTo(1_000_000);
  console.log(`child (pid ${process.pid}): total = ${total}`);
  // Changing `total` changed this process's copy only. Send the value to main instead.
  process.send?.({ total });
} else {
  // ── Main: start the child and get its result. ──
  const child = fork(new URL(import.meta.url), ['child']);

  // The message arrives as a copy of the object the child sent.
  const [message] = await once(child, 'message');
  const result: number = message.total;

  console.log(`main (pid ${process.pid}): total = ${total}`);
  console.log(`main: the child sent ${result}`);
}
