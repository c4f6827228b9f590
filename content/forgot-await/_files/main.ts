import { setTimeout as sleep } from 'node:timers/promises';

const saved: string[] = [];

// Stands in for downloading a file and saving it: waits, may fail, then records the file.
async function download(name: string, seconds: number, fails = false): Promise<void> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  if (fails) throw new Error(`the server hung up while sending ${name}`);
  saved.push(name);
  console.log(`download ${name} finished`);
}

const startedAt = performance.now();

// TODO: two awaits are missing below. Without them nothing waits for the downloads,
// and C's failure slips past the try/catch. Put them back.

// First A and B, at the same time.
Promise.all([download('A', 2), download('B', 3)]);

// Then C, which fails: report it and carry on.
try {
  download('C', 1, true);
} catch (error) {
  console.log(`main: C failed (${(error as Error).message}), carrying on`);
}

const elapsed = ((performance.now() - startedAt) / 1000).toFixed(2);
console.log(`main: done after ${elapsed} s, saved ${saved.length} files: ${saved.join(', ')}`);
