import { setTimeout as sleep } from 'node:timers/promises';

// Typical wrong answer: the work runs in the main process instead of in children. The waits
// overlap (they are promises), but every line reports main's own pid: no process was started.
async function task(name: string, secs: number): Promise<void> {
  console.log(`process ${name} started (pid ${process.pid}), waiting ${secs} s`);
  await sleep(secs * 1000);
  console.log(`process ${name} finished (pid ${process.pid})`);
}

console.log(`main: pid ${process.pid}`);
const startedAt = performance.now();

await Promise.all([task('A', 2), task('B', 3)]);

const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
