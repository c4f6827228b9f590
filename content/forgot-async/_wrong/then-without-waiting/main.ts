import { setTimeout as sleep } from 'node:timers/promises';

// Stands in for a real download: it waits, then hands back a little text.
async function download(name: string, seconds: number): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
  return `${name} (${seconds} s)`;
}

// Fetches both files at the same time and joins their names.
// Typical wrong answer: drop the await to silence the error and read the results in a callback.
// The function returns long before the callback runs, so main gets the placeholder.
function fetchBoth() {
  let both = 'nothing yet';
  Promise.all([download('A', 2), download('B', 3)]).then(([a, b]) => {
    both = `${a} and ${b}`;
  });
  return both;
}

// Prints what main got.
function report(): void {
  const both = fetchBoth();
  console.log(`main: got ${both}`);
}

console.log('main: fetching both');
report();
console.log('main: done');
