import { setTimeout as sleep } from 'node:timers/promises';

// Stands in for a real download: it waits, then hands back a little text.
async function download(name: string, seconds: number): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
  return `${name} (${seconds} s)`;
}

// `await` may only appear inside an async function (or at the top level of a module).
async function fetchBoth(): Promise<string> {
  const [a, b] = await Promise.all([download('A', 2), download('B', 3)]);
  return `${a} and ${b}`;
}

console.log('main: fetching both');
const both = await fetchBoth();
console.log(`main: got ${both}`);
