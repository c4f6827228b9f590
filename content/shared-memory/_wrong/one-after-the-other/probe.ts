import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// When probeAtomics() starts this file as a worker, this part runs: add 1 to the shared cell.
if (!isMainThread && workerData?.probe instanceof Int32Array) {
  Atomics.add(workerData.probe, 0, 1);
  parentPort?.postMessage('added');
}

/**
 * Checks that this runtime really shares a SharedArrayBuffer with a worker and runs Atomics there.
 * Resolves with null when it does, or with what went wrong. (Not every JavaScript runtime can:
 * browsers allow it only on specially isolated pages, and some sandboxes only partly support it.)
 */
export async function probeAtomics(): Promise<string | null> {
  if (typeof SharedArrayBuffer !== 'function') return 'SharedArrayBuffer is not available';
  if (typeof Atomics !== 'object') return 'Atomics is not available';
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(import.meta.url), { workerData: { probe: cell } });
  return new Promise((resolve) => {
    worker.once('message', () => {
      resolve(Atomics.load(cell, 0) === 1 ? null : "a worker's change did not reach the main thread");
    });
    worker.once('error', (error: Error) => resolve(`the probe worker failed: ${error.message}`));
    worker.once('exit', () => resolve('the probe worker ended without answering'));
  });
}
