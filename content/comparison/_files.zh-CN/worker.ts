import { workerData } from 'node:worker_threads';
import { waitTask } from './task.ts';

// 工作线程在主进程内、在自己的线程上运行这个文件。
// 它的任务以 workerData 的形式到达：{ name, seconds, fails }。这里抛出的错误会结束这个工作线程，
// 并以 Worker 的 'error' 事件到达父线程。
const { name, seconds, fails } = workerData as { name: string; seconds: number; fails: boolean };
await waitTask('thread', name, seconds, fails);
