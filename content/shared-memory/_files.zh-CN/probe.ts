import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// 当 probeAtomics() 把这个文件作为工作线程启动时，运行的是这一部分：给共享单元加 1。
if (!isMainThread && workerData?.probe instanceof Int32Array) {
  Atomics.add(workerData.probe, 0, 1);
  parentPort?.postMessage('added');
}

/**
 * 检查这个运行时是否真的能与工作线程共享 SharedArrayBuffer，并在其中运行 Atomics。
 * 能的话以 null resolve，否则以出错的原因 resolve。（并非每个 JavaScript 运行时都能做到：
 * 浏览器只在经过特殊隔离的页面上允许这样做，有些沙箱只提供部分支持。）
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
