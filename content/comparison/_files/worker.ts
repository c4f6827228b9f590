import { workerData } from 'node:worker_threads';
import { waitTask } from './task.ts';

// A worker thread runs this file on a thread of its own, inside the main process.
// Its task arrives as workerData: { name, seconds }.
const { name, seconds } = workerData as { name: string; seconds: number };
await waitTask('thread', name, seconds);
