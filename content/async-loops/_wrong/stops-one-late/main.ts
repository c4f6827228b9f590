import { setTimeout as sleep } from 'node:timers/promises';

// ── Step 1: three downloads ─────────────────────────────────────────────────────────────────
const FILES = [
  { name: 'a.log', seconds: 1, lines: 120 },
  { name: 'b.log', seconds: 0.5, lines: 80 },
  { name: 'c.log', seconds: 0.8, lines: 40 },
];

async function download(name: string, seconds: number, lines: number): Promise<number> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished: ${lines} lines`);
  return lines;
}

const step1 = performance.now();
let total = 0;
// map starts every download at once and keeps their promises; Promise.all waits for all of them.
// (forEach would start them too, but throws the promises away: nothing could wait for them.)
const counts = await Promise.all(FILES.map((file) => download(file.name, file.seconds, file.lines)));
for (const count of counts) total += count;
console.log(`step 1 done: ${total} lines in ${Math.round(performance.now() - step1)} ms`);

// ── Step 2: a sensor that produces readings for as long as someone asks ─────────────────────
const LIMIT = 80;
const VALUES = [12, 45, 67, 91, 30, 99, 5];

async function* sensor(): AsyncGenerator<number> {
  console.log('sensor: opened');
  try {
    for (let i = 0; ; i++) {
      await sleep(150); // a reading takes 150 ms
      const value = VALUES[i % VALUES.length] ?? 0;
      console.log(`sensor: reading ${i + 1} = ${value}`);
      yield value;
    }
  } finally {
    console.log('sensor: closed'); // runs when the consumer stops asking
  }
}

// for await asks for one reading at a time; `break` calls the generator's return(), which runs its
// finally block, and the loop waits for that before going on.
let last = 0;
for await (const value of sensor()) {
  // Wrong: checks the previous reading, so it asks for one reading too many.
  if (last > LIMIT) break;
  last = value;
}
console.log(`step 2 done: stopped at ${last}`);
