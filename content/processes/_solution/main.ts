import { fork } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// fork() starts a new Node.js process that runs this same file again, from the first line.
// The extra arguments tell the two roles apart: no arguments means "I am main".
const [role, name, seconds] = process.argv.slice(2);

if (role === 'child') {
  // ── Child: wait, then end. A stand-in for real work. ──
  const secs = Number(seconds);
  console.log(`process ${name} started (pid ${process.pid}), waiting ${secs} s`);
  await sleep(secs * 1000);
  console.log(`process ${name} finished (pid ${process.pid})`);
} else {
  // ── Main: start the children and wait for them. ──
  console.log(`main: pid ${process.pid}`);
  const startedAt = performance.now();
  const self = new URL(import.meta.url);

  // Start both children first: each one runs on its own from the moment fork() returns.
  const a = fork(self, ['child', 'A', '2']);
  const b = fork(self, ['child', 'B', '3']);
  // Then wait for both 'exit' events together.
  await Promise.all([once(a, 'exit'), once(b, 'exit')]);

  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
}
