import { setTimeout as sleep } from 'node:timers/promises';

// Stands in for a real download: it waits, then hands back a little text.
async function download(name: string, seconds: number): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
  return `${name} (${seconds} s)`;
}

// Fetches both files at the same time and joins their names.
function fetchBoth() {
  const [a, b] = await Promise.all([download('A', 2), download('B', 3)]);
  return `${a} and ${b}`;
}

// Prints what main got.
function report(): void {
  const both = fetchBoth();
  console.log(`main: got ${both}`);
}

// TODO: Node refuses to run this file, and the editor underlines a line in red. Make the program run,
// and then make it right: main reports both results once the downloads are over, and says it is
// done only after that.
console.log('main: fetching both');
report();
console.log('main: done');
