import { setTimeout as sleep } from 'node:timers/promises';

// 用来代替真正的下载：它等待一会儿，然后交回一小段文字。
async function download(name: string, seconds: number): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished`);
  return `${name} (${seconds} s)`;
}

// 同时获取两个文件，并把它们的名字连起来。
function fetchBoth() {
  const [a, b] = await Promise.all([download('A', 2), download('B', 3)]);
  return `${a} and ${b}`;
}

// 打印 main 拿到的东西。
function report(): void {
  const both = fetchBoth();
  console.log(`main: got ${both}`);
}

// TODO：Node 拒绝运行这个文件，编辑器在某一行下面画了红线。先让程序能运行，
// 再让它正确：下载结束后 main 报告两个结果，并且只在那之后
// 才说自己完成了。
console.log('main: fetching both');
report();
console.log('main: done');
