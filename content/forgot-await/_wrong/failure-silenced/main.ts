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

// Downloads A and B at the same time.
async function fetchPair(): Promise<void> {
  await Promise.all([download('A', 2), download('B', 3)]);
}

// Downloads one file; if it fails, reports the failure and carries on.
async function tryDownload(name: string, seconds: number, fails = false): Promise<void> {
  try {
    return download(name, seconds, fails);
  } catch (error) {
    console.log(`main: ${name} failed (${(error as Error).message}), carrying on`);
  }
}

const startedAt = performance.now();
await fetchPair();
// Typical wrong answer: silencing the rejection where it lands. No crash, but C's failure is never
// reported, and the catch inside tryDownload still never runs.
await tryDownload('C', 1, true).catch(() => {});

const elapsed = ((performance.now() - startedAt) / 1000).toFixed(2);
console.log(`main: done after ${elapsed} s, saved ${saved.length} files: ${saved.join(', ')}`);
