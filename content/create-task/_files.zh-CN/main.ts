import { setTimeout as sleep } from 'node:timers/promises';

const URLS = ['example.com/news', 'example.com/weather', 'example.com/sport'];

// 一个下载花随机的整数秒：首页（news）最大，3 秒，其他的 1 或 2 秒。
// 所以下载完成的顺序永远不是开始的顺序。
function randomSeconds(url: string): number {
  return url === URLS[0] ? 3 : 1 + Math.floor(Math.random() * 2);
}

async function downloadPage(url: string): Promise<string> {
  const seconds = randomSeconds(url);
  console.log(`download ${url} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${url} finished`);
  return `<html of ${url}>`;
}

// 后台任务 1：整理缓存。main 直到最后才需要它的结果。
async function cleanCache(): Promise<string> {
  console.log('cleanup started, takes 2 s');
  await sleep(2000);
  console.log('cleanup finished');
  return 'cache tidy';
}

// 后台任务 2：检查网站的链接。它很快就会失败：main 直到最后才得知。
async function checkLinks(): Promise<string> {
  console.log('link check started, takes 0.5 s');
  await sleep(500);
  console.log('link check failed');
  throw new Error('3 broken links');
}

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// TODO：main 在原地等待每个后台任务，所以这期间别的什么都没发生。让两个任务
// 都在后台与下载并排运行，并且只在最后（打印它们的地方）收集它们的结局。
// 链接检查远在 main 走到那里之前就失败了：这不能结束程序。
const cleanup = await cleanCache();
let links: string;
try {
  links = `ok: ${await checkLinks()}`;
} catch (error) {
  links = `failed: ${messageOf(error)}`;
}
console.log('main: background jobs started');

// 下载：每次调用启动一个；Promise.all 按 URL 的顺序保存结果。
const pages = await Promise.all(URLS.map((url) => downloadPage(url)));
console.log(`main: all downloads done after ${since()} s`);
for (const [i, page] of pages.entries()) {
  console.log(`result ${i + 1}: ${page}`);
}

console.log(`main: cleanup result: ${cleanup}`);
console.log(`main: link check result: ${links}`);
console.log(`main: done after ${since()} s`);
