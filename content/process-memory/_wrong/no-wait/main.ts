import { fork } from 'node:child_process';

// Typical wrong answer: the child sends its result, and main listens for it, but main prints
// right after fork(), long before the message can arrive: it prints the starting value.
let total = 0;

function sumUpTo(n: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += i;
  return sum;
}

if (process.argv[2] === 'child') {
  total = sumUpTo(1_000_000);
  console.log(`child (pid ${process.pid}): total = ${total}`);
  process.send?.({ total });
} else {
  const child = fork(new URL(import.meta.url), ['child']);
  let result = 0;
  child.on('message', (message: { total: number }) => {
    result = message.total;
  });

  console.log(`main (pid ${process.pid}): total = ${total}`);
  console.log(`main: the child sent ${result}`);
}
