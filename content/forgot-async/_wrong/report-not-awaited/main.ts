import { setTimeout as sleep } from 'node:timers/promises';

// Stands in for a real download: it waits, then hands back a little text.
async function download(name: string, seconds: number): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
  return `${name} (${seconds} s)`;
}

// Fetches both files at the same time and joins their names.
async function fetchBoth(): Promise<string> {
  const [a, b] = await Promise.all([download('A', 2), download('B', 3)]);
  return `${a} and ${b}`;
}

// Prints what main got.
async function report(): Promise<void> {
  const both = await fetchBoth();
  console.log(`main: got ${both}`);
}

console.log('main: fetching both');
// Typical wrong answer: report is async now, but main does not wait for it and says it is done
// while the downloads are still running.
report();
console.log('main: done');
