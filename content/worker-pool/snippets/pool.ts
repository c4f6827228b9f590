import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

// Three workers, started once and reused; every job's buffer is moved, not copied.
const workers = Array.from({ length: 3 }, () => new Worker(new URL('./worker.ts', import.meta.url)));
const queue = Array.from({ length: 8 }, (_, i) => i + 1).values();

await Promise.all(
  workers.map(async (worker) => {
    for (const id of queue) {
      const pixels = new Uint8Array(1024 * 1024).fill(id).buffer;
      const answer = once(worker, 'message');
      worker.postMessage({ id, pixels }, [pixels]); // transfer list: zero-copy
      console.log(`job ${id} sent; main's buffer: ${pixels.byteLength} bytes`); // 0: detached
      const [result] = await answer;
      console.log(`job ${id} done on thread ${result.threadId}: sum ${result.sum}`);
    }
  }),
);
await Promise.all(workers.map((worker) => worker.terminate())); // like leaving Python's `with`
