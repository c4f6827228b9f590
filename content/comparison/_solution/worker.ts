import { workerData } from 'node:worker_threads';
import { waitTask } from './task.ts';

// A worker thread runs this file on a thread of its own, inside the main process.
// Its task arrives as workerData: { name, seconds, fails }. An error thrown here ends this worker
// and reaches the parent as the Worker's 'error' event.
const { name, seconds, fails } = workerData as { name: string; seconds: number; fails: boolean };
await waitTask('thread', name, seconds, fails);
