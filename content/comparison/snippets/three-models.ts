import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { waitTask } from './task.ts'; // one async function for all three models

const TASKS = [{ name: 'A', seconds: 1, fails: false }, { name: 'B', seconds: 1.5, fails: true }];
const report = (model: string, name: string, outcome: string) => console.log(`[${model}] report: ${name} ${outcome}`);

async function asProcesses() {
  await Promise.all(TASKS.map(async ({ name, seconds, fails }) => {
    const child = fork(new URL('./child.ts', import.meta.url), [name, String(seconds), fails ? 'fails' : 'ok']);
    const [code] = await once(child, 'exit'); // a process leaves an exit code
    report('process', name, `exit code ${code}`);
  }));
}

async function asThreads() {
  await Promise.all(TASKS.map(async (task) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: task });
    try {
      await once(worker, 'exit'); // rejects with the worker's error: unheard, it would end main too
      report('thread', task.name, 'ok');
    } catch (error) {
      report('thread', task.name, `failed: ${(error as Error).message}`);
    }
  }));
}

async function asCoroutines() {
  const results = await Promise.allSettled(TASKS.map((t) => waitTask('coroutine', t.name, t.seconds, t.fails)));
  for (const [i, r] of results.entries()) {
    report('coroutine', TASKS[i]!.name, r.status === 'fulfilled' ? 'ok' : `failed: ${r.reason.message}`);
  }
}

await asProcesses();
await asThreads();
await asCoroutines();
