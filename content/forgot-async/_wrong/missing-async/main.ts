import { setTimeout as sleep } from 'node:timers/promises';

// Stands in for a real download: it waits, then hands back a little text.
async function download(name: string, seconds: number): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
  return `${name} (${seconds} s)`;
}

// Fetches both files at the same time and joins their names.
// Typical wrong answer (the starter): `await` inside a function that is not `async`.
function fetchBoth() {
  const [a, b] = await Promise.all([download('A', 2), download('B', 3)]);
  return `${a} and ${b}`;
}

// Prints what main got.
function report(): void {
  const both = fetchBoth();
  console.log(`main: got ${both}`);
}

console.log('main: fetching both');
report();
console.log('main: done');
