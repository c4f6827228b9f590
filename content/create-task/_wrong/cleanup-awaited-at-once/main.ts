import { setTimeout as sleep } from 'node:timers/promises';

const URLS = ['example.com/news', 'example.com/weather', 'example.com/sport'];

// A download takes a random whole number of seconds: the front page (news) is the big one, 3 s, the
// others 1 or 2 s. So the downloads never finish in the order they were started.
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

// Background job 1: tidies the cache. main needs its result only at the very end.
async function cleanCache(): Promise<string> {
  console.log('cleanup started, takes 2 s');
  await sleep(2000);
  console.log('cleanup finished');
  return 'cache tidy';
}

// Background job 2: checks the site's links. It fails, quickly: main learns of it only at the end.
async function checkLinks(): Promise<string> {
  console.log('link check started, takes 0.5 s');
  await sleep(500);
  console.log('link check failed');
  throw new Error('3 broken links');
}

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Typical wrong answer: the link check runs in the background, but the cleanup is awaited where it
// starts: main stops here for 2 s, and no download begins until the cleanup is over.
const cleanup = await cleanCache();
const links = checkLinks().then(
  (value) => `ok: ${value}`,
  (error: unknown) => `failed: ${messageOf(error)}`,
);
console.log('main: background jobs started');

// The downloads: each call starts one; Promise.all keeps the results in URL order.
const pages = await Promise.all(URLS.map((url) => downloadPage(url)));
console.log(`main: all downloads done after ${since()} s`);
for (const [i, page] of pages.entries()) {
  console.log(`result ${i + 1}: ${page}`);
}

console.log(`main: cleanup result: ${cleanup}`);
console.log(`main: link check result: ${await links}`);
console.log(`main: done after ${since()} s`);
