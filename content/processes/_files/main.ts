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

  // TODO: this waits for child A to exit before it even starts child B (about 5 s in all).
  // Start both children first, then wait for both 'exit' events, so the run takes about 3 s.
  const a = fork(self, ['child', 'A', '2']);
  await once(a, 'exit');
  const b = fork(self, ['child', 'B', '3']);
  await once(b, 'exit');

  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
}
