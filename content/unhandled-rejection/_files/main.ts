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

// Start every download now...
const pending = JOBS.map((job) => download(job.name, job.seconds, job.lines, job.fails));

// ...prepare the report while they run...
await prepareReport();

// ...and collect the results afterwards.
// TODO: the program never reaches this point: its exit code says why. Report every download, in
// JOBS order, as "result X: ok (N lines)" or "result X: failed (reason)", even when one fails, and
// keep the downloads and the preparation running at the same time.
const counts = await Promise.all(pending);
for (const [i, count] of counts.entries()) {
  console.log(`result ${JOBS[i]?.name}: ok (${count} lines)`);
}
console.log('main: done');
