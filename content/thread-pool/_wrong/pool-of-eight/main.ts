import { pbkdf2, pbkdf2Sync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';

// Wrong for this lesson: eight pool threads, so all eight hashes compute at once.
process.env.UV_THREADPOOL_SIZE = '8';

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

// pbkdf2 with a callback queues the work on libuv's thread pool and returns at once; the callback
// runs back on the main thread when a pool thread has finished. Wrapped in a promise to await it.
function hash(password: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    pbkdf2(password, SALT, ITERATIONS, 32, 'sha256', (err, key) => (err ? reject(err) : resolve(key)));
  });
}

await Promise.all(
  PASSWORDS.map(async (password, i) => {
    console.log(`hash ${i + 1} started at ${ms()} ms`);
    await hash(password);
    console.log(`hash ${i + 1} finished at ${ms()} ms`);
  }),
);

clearInterval(clock);
const loop = performance.eventLoopUtilization(loopBefore);
console.log(`batch: done at ${ms()} ms; main thread busy ${Math.round(loop.active)} ms, idle ${Math.round(loop.idle)} ms`);
