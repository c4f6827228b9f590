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

  // Steps 3 and 4: start every task at once. Each call runs its task up to its first await and hands
  // back a promise; the async arrow adds the progress line the moment that task's promise fulfils.
  let finished = 0; // shared by the tasks: each update runs between two awaits, so none is lost
  const running = configs.map(async ([id, seconds]) => {
    const result = await workerTask(id, seconds);
    finished += 1;
    console.log(`progress: ${finished} of ${configs.length} done (task ${id})`);
    return result;
  });
  console.log(`orchestrator: started ${running.length} tasks`);

  // Wait for all of them. The results come back in the order of `running`, not the finishing order.
  const results = await Promise.all(running);

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
  // Typical wrong answer: calling the orchestrator without await. It runs (promises are eager),
  // but the entry point does not wait for it and says "end" while every task is still going.
  orchestrate();
  console.log('program: end');
}
