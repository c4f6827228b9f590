import { setTimeout as sleep } from 'node:timers/promises';

async function download(name: string, seconds: number) {
  console.log(`download ${name} started`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
}

download('A', 2); // forgot await: it runs anyway, unwatched
console.log('main: done');

// prints: download A started
//         main: done
//         download A finished   (2 s later: its timer kept Node running)
