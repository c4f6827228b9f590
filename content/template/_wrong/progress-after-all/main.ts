import { setTimeout as sleep } from 'node:timers/promises';

// Step 1: one independent async task. It awaits something (a timer stands in for real I/O)
// and returns a result.
async function workerTask(taskId: number, seconds: number): Promise<string> {
  console.log(`[task ${taskId}] started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`[task ${taskId}] finished`);
  return `task ${taskId} done in ${seconds} s`;
}

// A random whole number from min to max, both included.
function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

// Step 2: the orchestrator. It starts every task, reports progress as each one finishes,
// waits for all of them, and reports their results in the order the tasks were listed.
async function orchestrate(): Promise<void> {
  console.log('orchestrator: starting');
  const startedAt = performance.now();

  // The tasks to run: an id and a random duration each, in the article's ranges.
  const configs: [id: number, seconds: number][] = [
    [1, randomInt(1, 4)],
    [2, randomInt(2, 5)],
    [3, randomInt(1, 3)],
    [4, randomInt(3, 6)],
  ];

  // Typical wrong answer: all tasks at once, but the progress is printed after Promise.all, when
  // every task is already done: the lines count up at the very end instead of as tasks finish.
  const results = await Promise.all(configs.map(([id, seconds]) => workerTask(id, seconds)));
  for (const [i, [id]] of configs.entries()) {
    console.log(`progress: ${i + 1} of ${configs.length} done (task ${id})`);
  }

  const elapsed = ((performance.now() - startedAt) / 1000).toFixed(2);
  console.log(`orchestrator: all ${configs.length} tasks done after ${elapsed} s`);
  for (const result of results) {
    console.log(`- ${result}`);
  }
}

// Step 5: the entry point. import.meta.main is true when this file is the one Node was asked to run,
// not when another module imports it (like Python's `if __name__ == "__main__":`). A module can await
// at its top level: no asyncio.run.
if (import.meta.main) {
  console.log('program: start');
  await orchestrate();
  console.log('program: end');
}
