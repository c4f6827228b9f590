import { setTimeout as sleep } from 'node:timers/promises';

const URLS = ['example.com/news', 'example.com/weather', 'example.com/sport'];

async function downloadPage(url: string) {
  const seconds = 1 + Math.floor(Math.random() * 3);
  console.log(`download ${url} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${url} finished`);
  return `<html of ${url}>`;
}

async function checkLinks(): Promise<string> {
  await sleep(500);
  throw new Error('3 broken links');
}

// Fails at 0.5 s: its handler must be attached now, or Node ends the program then.
const links = checkLinks().catch((error: Error) => `failed: ${error.message}`);
const downloads = URLS.map((url) => downloadPage(url));
console.log('main: all downloads started'); // printed AFTER the start lines
const pages = await Promise.all(downloads); // results in URL order
for (const [i, page] of pages.entries()) {
  console.log(`result ${i + 1}: ${page}`);
}
console.log(`main: link check ${await links}`);
