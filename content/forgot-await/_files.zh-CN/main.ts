import { setTimeout as sleep } from 'node:timers/promises';

const saved: string[] = [];

// 用来代替下载并保存一个文件：等待，可能失败，然后记下这个文件。
async function download(name: string, seconds: number, fails = false): Promise<void> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  if (fails) throw new Error(`the server hung up while sending ${name}`);
  saved.push(name);
  console.log(`download ${name} finished`);
}

// 同时下载 A 和 B。
async function fetchPair(): Promise<void> {
  Promise.all([download('A', 2), download('B', 3)]);
}

// 下载一个文件；如果失败，报告失败并继续。
async function tryDownload(name: string, seconds: number, fails = false): Promise<void> {
  try {
    return download(name, seconds, fails);
  } catch (error) {
    console.log(`main: ${name} failed (${(error as Error).message}), carrying on`);
  }
}

// TODO：下面每个调用都被 await 了，可 A 和 B 从未被等待，而 C 的失败本该由
// tryDownload 报告并挺过去，却在一秒时让程序崩溃了。promise 在上面某处丢失了。
// 找到在哪里，并在那里修好。
const startedAt = performance.now();
await fetchPair();
await tryDownload('C', 1, true);

const elapsed = ((performance.now() - startedAt) / 1000).toFixed(2);
console.log(`main: done after ${elapsed} s, saved ${saved.length} files: ${saved.join(', ')}`);
