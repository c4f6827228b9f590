import { pbkdf2Sync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';

const SALT = 'course-salt';
const ITERATIONS = 2_000_000; // 足以让一次哈希花上几百毫秒
const PASSWORDS = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen'];

const t0 = performance.now();
const ms = () => Math.round(performance.now() - t0);

// 基准：单独一次哈希，在其他任何东西运行之前计时。
const before = performance.now();
pbkdf2Sync('baseline', SALT, ITERATIONS, 32, 'sha256');
console.log(`baseline: one hash alone took ${Math.round(performance.now() - before)} ms`);

// 一个时钟，在哈希进行期间应当每 100 毫秒走一下。
let ticks = 0;
const clock = setInterval(() => console.log(`tick ${++ticks} at ${ms()} ms`), 100);

await sleep(150); // 这批哈希开始前时钟走一下，事件循环也已经在运转

// 从这里开始，主线程的事件循环有多忙（由 Node 自己测量）。
const loopBefore = performance.eventLoopUtilization();
console.log(`batch: started at ${ms()} ms`);

// TODO：这八次哈希在主线程上依次运行，全部完成之前时钟都走不了。
// 把哈希交给 Node 去做，让主线程空出来给时钟，
// 并在等待任何一个之前把八个全部启动。保留打印的各行。
for (const [i, password] of PASSWORDS.entries()) {
  console.log(`hash ${i + 1} started at ${ms()} ms`);
  pbkdf2Sync(password, SALT, ITERATIONS, 32, 'sha256');
  console.log(`hash ${i + 1} finished at ${ms()} ms`);
}

clearInterval(clock);
const loop = performance.eventLoopUtilization(loopBefore);
console.log(`batch: done at ${ms()} ms; main thread busy ${Math.round(loop.active)} ms, idle ${Math.round(loop.idle)} ms`);
