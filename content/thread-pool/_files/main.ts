import { pbkdf2Sync } from 'node:crypto';

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
console.log(`batch: done at ${ms()} ms`);
