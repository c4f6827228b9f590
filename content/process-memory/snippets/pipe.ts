import { fork } from 'node:child_process';
import { once } from 'node:events';

let total = 0;

if (process.argv[2] === 'child') {
  for (let i = 1; i <= 1_000_000; i++) total += i; // changes the child's copy only
  process.send?.({ total });                       // so send the value instead
} else {
  const child = fork(new URL(import.meta.url), ['child']);
  const [message] = await once(child, 'message');
  console.log(`main: total = ${total}`);            // still 0
  console.log(`main: the child sent ${message.total}`);
}
