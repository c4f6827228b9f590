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

// Wrong: safe, since each download is awaited as soon as it starts, but nothing overlaps any more.
const lines: string[] = [];
for (const job of JOBS) {
  try {
    lines.push(`result ${job.name}: ok (${await download(job.name, job.seconds, job.lines, job.fails)} lines)`);
  } catch (error) {
    lines.push(`result ${job.name}: failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
await prepareReport();
for (const line of lines) console.log(line);
console.log('main: done');
