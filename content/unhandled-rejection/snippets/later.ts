import { setTimeout as sleep } from 'node:timers/promises';

async function download(name: string, seconds: number, fails = false): Promise<string> {
  await sleep(seconds * 1000);
  if (fails) throw new Error('connection reset');
  return `${name}: ok`;
}

// The same shape as the Python would end the program at 0.3 s with exit code 1:
//   const a = download('A', 1); const b = download('B', 0.3, true); await sleep(800); ...
// allSettled handles both outcomes from the start, so B's failure is kept for later.
const outcomes = Promise.allSettled([download('A', 1), download('B', 0.3, true)]);
await sleep(800);
for (const outcome of await outcomes) {
  if (outcome.status === 'fulfilled') console.log(outcome.value);
  else console.log('caught:', outcome.reason.message);
}
