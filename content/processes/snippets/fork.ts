import { fork } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

const [role, name, seconds] = process.argv.slice(2);

if (role === 'child') {  // the child runs this file from the top: take this branch there
  console.log(`process ${name} started (pid ${process.pid}), waiting ${seconds} s`);
  await sleep(Number(seconds) * 1000);
  console.log(`process ${name} finished (pid ${process.pid})`);
} else {
  const startedAt = performance.now();
  const self = new URL(import.meta.url);
  const a = fork(self, ['child', 'A', '2']);
  const b = fork(self, ['child', 'B', '3']);
  await Promise.all([once(a, 'exit'), once(b, 'exit')]);
  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
}
