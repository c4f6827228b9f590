import { waitTask } from './task.ts';

// fork 出的子进程在自己的进程里从头运行这个文件。
// 它的任务以命令行参数的形式到达：名字、秒数，以及 "fails" 或 "ok"。
const [name = '?', seconds = '0', outcome = 'ok'] = process.argv.slice(2);
// 如果任务抛出异常，这里没有任何东西捕获它：子进程以退出码 1 死掉，而且只有子进程死掉。
await waitTask('process', name, Number(seconds), outcome === 'fails');
