import { setTimeout as sleep } from 'node:timers/promises';

const JOBS = [
  { name: 'A', seconds: 1, lines: 120, fails: false },
  { name: 'B', seconds: 0.3, lines: 0, fails: true }, // the server resets B's connection
  { name: 'C', seconds: 0.6, lines: 40, fails: false },
];

async function download(name: string, seconds: number, lines: number, fails: boolean): Promise<number> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  if (fails) {
    console.log(`download ${name} failed: connection reset`);
    throw new Error('connection reset');
  }
  console.log(`download ${name} finished: ${lines} lines`);
  return lines;
}

async function prepareReport(): Promise<void> {
  console.log('prepare started, takes 0.8 s');
  await sleep(800);
  console.log('prepare finished');
}

// Start every download now. allSettled attaches its handlers at once, so when B rejects (at 0.3 s,
// while main is busy preparing) its rejection is already handled: recorded, not fatal.
const outcomes = Promise.allSettled(JOBS.map((job) => download(job.name, job.seconds, job.lines, job.fails)));

// ...prepare the report while they run...
await prepareReport();

// ...and collect the outcomes afterwards: one per download, in JOBS order, whether it failed or not.
for (const [i, outcome] of (await outcomes).entries()) {
  const name = JOBS[i]?.name;
  if (outcome.status === 'fulfilled') console.log(`result ${name}: ok (${outcome.value} lines)`);
  else console.log(`result ${name}: failed (${outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)})`);
}
console.log('main: done');
