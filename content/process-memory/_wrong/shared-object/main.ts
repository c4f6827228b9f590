import { fork } from 'node:child_process';
import { once } from 'node:events';

// Typical wrong answer: put the result in an object and hope main sees the change. The child
// has its own copy of this object, as of every variable: main's copy stays at 0.
let total = 0;
const shared = { result: 0 };

function sumUpTo(n: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += i;
  return sum;
}

if (process.argv[2] === 'child') {
  total = sumUpTo(1_000_000);
  shared.result = total;
  console.log(`child (pid ${process.pid}): total = ${total}`);
} else {
  const child = fork(new URL(import.meta.url), ['child']);
  await once(child, 'exit');

  console.log(`main (pid ${process.pid}): total = ${total}`);
  console.log(`main: the child sent ${shared.result}`);
}
