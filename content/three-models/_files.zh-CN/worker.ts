import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// 这个文件作为工作线程运行：主程序进程里的第二个 JavaScript 线程。
console.log(`worker: pid ${process.pid}, thread ${threadId}`);

// 假装忙上一秒，好让时间线显示三者并肩运行。
await sleep(1000);
