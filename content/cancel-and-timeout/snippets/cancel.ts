import { setTimeout as sleep } from 'node:timers/promises';

async function download(name: string, seconds: number, signal: AbortSignal, fails = false) {
  await sleep(seconds * 1000, undefined, { signal }); // rejects with an AbortError on abort
  if (fails) throw new Error(`connection reset while fetching ${name}`);
  return `<html of ${name}>`;
}

const controller = new AbortController();
const running = Promise.allSettled([
  download('A', 1, controller.signal),
  download('B', 1.5, controller.signal, true),
  download('C', 6, controller.signal),
]);
await sleep(2500);
controller.abort(); // C stops waiting at once
for (const [i, r] of (await running).entries()) {
  const name = ['A', 'B', 'C'][i];
  if (r.status === 'fulfilled') console.log(`report: ${name} fulfilled with ${r.value}`);
  else if (controller.signal.aborted && r.reason.name === 'AbortError') console.log(`report: ${name} cancelled`);
  else console.log(`report: ${name} rejected: ${r.reason.message}`);
}
