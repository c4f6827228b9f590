import { setTimeout as sleep } from 'node:timers/promises';

const URLS = ['example.com/news', 'example.com/weather', 'example.com/sport'];

async function downloadPage(url: string) {
  const seconds = 1 + Math.floor(Math.random() * 3);
  console.log(`download ${url} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${url} finished`);
  return `<html of ${url}>`;
}

const downloads = URLS.map((url) => downloadPage(url));
console.log('main: all downloads started'); // printed AFTER the start lines
const pages = await Promise.all(downloads); // results in URL order
for (const [i, page] of pages.entries()) {
  console.log(`result ${i + 1}: ${page}`);
}
