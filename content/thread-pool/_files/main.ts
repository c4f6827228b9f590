import { pbkdf2Sync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';

const SALT = 'course-salt';
const ITERATIONS = 2_000_000; // enough to make one hash take a few hundred ms
const PASSWORDS = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen'];

const t0 = performance.now();
const ms = () => Math.round(performance.now() - t0);

// Baseline: one hash alone, timed before anything else runs.
const before = performance.now();
pbkdf2Sync('baseline', SALT, ITERATIONS, 32, 'sha256');
console.log(`baseline: one hash alone took ${Math.round(performance.now() - before)} ms`);

// A clock that should tick every 100 ms for as long as the hashes take.
let ticks = 0;
const clock = setInterval(() => console.log(`tick ${++ticks} at ${ms()} ms`), 100);

await sleep(150); // the clock ticks once before the batch, and the event loop is running

// How busy the main thread's event loop is from here on (Node measures it itself).
const loopBefore = performance.eventLoopUtilization();
console.log(`batch: started at ${ms()} ms`);

// TODO: these eight hashes run on the main thread, one after the other, and the clock cannot tick
// until all of them are done. Hand the hashing to Node so that the main thread stays free for the
// clock, and start all eight before waiting for any. Keep the printed lines.
for (const [i, password] of PASSWORDS.entries()) {
  console.log(`hash ${i + 1} started at ${ms()} ms`);
  pbkdf2Sync(password, SALT, ITERATIONS, 32, 'sha256');
  console.log(`hash ${i + 1} finished at ${ms()} ms`);
}

clearInterval(clock);
const loop = performance.eventLoopUtilization(loopBefore);
console.log(`batch: done at ${ms()} ms; main thread busy ${Math.round(loop.active)} ms, idle ${Math.round(loop.idle)} ms`);
