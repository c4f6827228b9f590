// Typical wrong answer: Promise.race instead of Promise.all: "all done" comes when the first
// coroutine ends, while the other is still waiting.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Worker, threadId } from 'node:worker_threads';
import { waitTask } from './task.ts';

// The same two waits for every model: half the article's 2 s and 3 s, so all three runs fit in about 5 s.
// Task B fails at the end of its wait, in every model.
const TASKS = [
  { name: 'A', seconds: 1, fails: false },
  { name: 'B', seconds: 1.5, fails: true },
];

// One line per task and model: what became of it.
function report(model: string, name: string, outcome: string): void {
  console.log(`[${model}] report: ${name} ${outcome}`);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Model 1: one child process per task. Each child runs child.ts. A child that throws dies on its own;
// all the parent learns is its exit code.
async function asProcesses(): Promise<void> {
  await Promise.all(
    TASKS.map(async ({ name, seconds, fails }) => {
      const child = fork(new URL('./child.ts', import.meta.url), [name, String(seconds), fails ? 'fails' : 'ok']);
      const [code] = (await once(child, 'exit')) as [number | null];
      report('process', name, code === 0 ? 'ok' : `failed: exit code ${code}`);
    }),
  );
}

// Model 2: one worker thread per task. Each worker runs worker.ts.
async function asThreads(): Promise<void> {
  await Promise.all(
    TASKS.map(async (task) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: task });
      try {
        // once() rejects if the worker emits 'error' first: an error thrown in the worker arrives here.
        await once(worker, 'exit');
        report('thread', task.name, 'ok');
      } catch (error) {
        report('thread', task.name, `failed: ${messageOf(error)}`);
      }
    }),
  );
}

// Model 3: one coroutine per task, all on this thread.
async function asCoroutines(): Promise<void> {
  // Promise.race settles with the first task to end: B is still waiting when main goes on.
  await Promise.race(
    TASKS.map(async ({ name, seconds, fails }) => {
      try {
        await waitTask('coroutine', name, seconds, fails);
        report('coroutine', name, 'ok');
      } catch (error) {
        report('coroutine', name, `failed: ${messageOf(error)}`);
      }
    }),
  );
}

// Runs one model and reports how long it took, as main saw it.
async function timed(model: string, run: () => Promise<void>): Promise<void> {
  const startedAt = performance.now();
  await run();
  console.log(`[${model}] all done after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
}

console.log(`main: pid ${process.pid}, thread ${threadId}`);
// One model after the other, so each one's timing is its own.
await timed('process', asProcesses);
await timed('thread', asThreads);
await timed('coroutine', asCoroutines);
console.log('main: every model reported');
