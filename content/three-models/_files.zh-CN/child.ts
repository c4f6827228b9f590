import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

// 这个文件作为子进程运行：一个全新的 Node.js 程序，有自己的内存。
console.log(`child: pid ${process.pid}, thread ${threadId}`);

// 假装忙上一秒，好让时间线显示三者并肩运行。
await sleep(1000);
