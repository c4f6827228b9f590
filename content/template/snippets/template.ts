import { setTimeout as sleep } from 'node:timers/promises';

async function workerTask(taskId: number, seconds: number) {
  console.log(`[task ${taskId}] started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`[task ${taskId}] finished`);
  return `task ${taskId} done in ${seconds} s`;
}

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

async function orchestrate() {
  const started = performance.now();
  const configs = [[1, randomInt(1, 4)], [2, randomInt(2, 5)], [3, randomInt(1, 3)], [4, randomInt(3, 6)]] as const;
  let finished = 0;
  const results = await Promise.all(configs.map(async ([id, s]) => {
    const result = await workerTask(id, s); // the task is running from this call on
    finished += 1;
    console.log(`progress: ${finished} of ${configs.length} done (task ${id})`);
    return result;
  }));
  console.log(`all done after ${((performance.now() - started) / 1000).toFixed(2)} s`);
  for (const result of results) console.log(`- ${result}`);
}

if (import.meta.main) {
  await orchestrate();
}
