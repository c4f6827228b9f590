import { setTimeout as sleep } from 'node:timers/promises';

async function saveLog() {
  console.log('background: saving the log, takes 1 s');
  await sleep(1000);
  console.log('background: log saved'); // printed, 1 s after main is done
}

saveLog(); // not awaited; no reference needed: its pending timer holds it
console.log('main: done');
// no asyncio.run: the module ends, but its pending timer keeps Node running
