import { setTimeout as sleep } from 'node:timers/promises';

async function task(name: string, seconds: number) {
  console.log(`task ${name} started`);
  await sleep(seconds * 1000);
  console.log(`task ${name} finished`);
  return name;
}

// No event loop to start: top-level await just works.
await Promise.all([task('A', 2), task('B', 3)]);
