import { setTimeout as sleep } from 'node:timers/promises';

async function download(name: string, seconds: number): Promise<string> {
  await sleep(seconds * 1000);
  return name;
}

async function* sensor(): AsyncGenerator<number> {
  try {
    for (const value of [12, 45, 67, 91, 30]) {
      await sleep(150);
      yield value;
    }
  } finally {
    console.log('sensor: closed');
  }
}

const files: [string, number][] = [['a.log', 1], ['b.log', 0.5], ['c.log', 0.8]];

let start = performance.now();
for (const [name, seconds] of files) { // one at a time: about 2.3 s
  await download(name, seconds);
}
console.log(`for + await: ${((performance.now() - start) / 1000).toFixed(1)} s`);

start = performance.now(); // all at once: about 1 s
await Promise.all(files.map(([name, seconds]) => download(name, seconds)));
console.log(`Promise.all: ${((performance.now() - start) / 1000).toFixed(1)} s`);

let value = 0;
for await (value of sensor()) { // break closes the generator at once
  if (value > 80) break;
}
console.log(`stopped at ${value}`);
