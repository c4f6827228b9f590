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
    // Typical wrong answer: returning the promise without awaiting it. The try block is over as soon as
    // the promise is handed back, so C's rejection reaches the caller, past this catch.
    return download(name, seconds, fails);
  } catch (error) {
    console.log(`main: ${name} failed (${(error as Error).message}), carrying on`);
  }
}

const startedAt = performance.now();
await fetchPair();
await tryDownload('C', 1, true);

const elapsed = ((performance.now() - startedAt) / 1000).toFixed(2);
console.log(`main: done after ${elapsed} s, saved ${saved.length} files: ${saved.join(', ')}`);
