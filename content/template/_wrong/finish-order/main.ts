// Typical wrong answer: results collected as tasks finish, so they are listed in finishing order.
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
    // (This answer's first task is its longest, so that every run shows the mistake: with random
    // durations the finishing order is sometimes the task order, and such a run cannot decide.)
    [1, randomInt(5, 6)],
    [2, randomInt(2, 5)],
    [3, randomInt(1, 3)],
    [4, randomInt(3, 6)],
  ];

  // Steps 3 and 4: start every task at once. Each call runs its task up to its first await and hands
  // back a promise; the async arrow adds the progress line the moment that task's promise fulfils.
  let finished = 0;
  const results: string[] = []; // filled as tasks finish: the finishing order
  const running = configs.map(async ([id, seconds]) => {
    const result = await workerTask(id, seconds);
    finished += 1;
    results.push(result);
    console.log(`progress: ${finished} of ${configs.length} done (task ${id})`);
  });
  console.log(`orchestrator: started ${running.length} tasks`);
  await Promise.all(running);

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
