import { setTimeout as sleep } from 'node:timers/promises';

// Typical wrong answer: the tasks overlap, but the ids are typed in instead of read from the
// process and thread that run them.
async function task(name: string, seconds: number): Promise<string> {
  console.log(`task ${name} started (pid 4242, thread 7), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`task ${name} finished (pid 4242, thread 7)`);
  return `${name} waited ${seconds} s`;
}

const startedAt = performance.now();
const results = await Promise.all([task('A', 2), task('B', 3)]);
const elapsed = (performance.now() - startedAt) / 1000;
console.log(`main: both tasks done after ${elapsed.toFixed(2)} s`);
console.log(`main: results ${JSON.stringify(results)}`);
