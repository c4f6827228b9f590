import { setTimeout as sleep } from 'node:timers/promises';

const URLS = ['example.com/news', 'example.com/weather', 'example.com/sport'];

// A download takes a random whole number of seconds, from 1 to 3.
function randomSeconds(): number {
  return 1 + Math.floor(Math.random() * 3);
}

async function downloadPage(url: string): Promise<string> {
  const seconds = randomSeconds();
  console.log(`download ${url} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${url} finished`);
  return `<html of ${url}>`;
}

// A background job: main needs its result only at the very end.
async function cleanCache(): Promise<string> {
  console.log('cleanup started, takes 2 s');
  await sleep(2000);
  console.log('cleanup finished');
  return 'cache tidy';
}

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

// Calling an async function starts it: this is the counterpart of asyncio.create_task.
// The cleanup runs in the background from here on; main awaits its promise at the end.
const cleanup = cleanCache();
console.log('main: cleanup is running in the background');

// Typical wrong answer: the downloads start together, but nobody waits for them.
// `pages` holds the promises themselves, still pending when main prints them.
const pages = URLS.map((url) => downloadPage(url));
Promise.all(pages);

console.log(`main: all downloads done after ${since()} s`);
for (const [i, page] of pages.entries()) {
  console.log(`result ${i + 1}: ${page}`);
}
console.log(`main: cleanup result: ${await cleanup} (after ${since()} s)`);
