import { fork } from 'node:child_process';
import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

console.log(`main: pid ${process.pid}, thread ${threadId}`);

// TODO：在本进程的第二个线程上运行 worker.ts，并把 child.ts 作为一个独立的进程运行。
// 每个文件都要相对于本模块来指定，这样程序从任何目录启动都能运行。
// 每个结束时，打印 "main: worker exited with code …"（或 "main: child exited …"）。
// 只有两者都结束之后，main 才能说自己完成了。

console.log('main: done');
