import { setTimeout as sleep } from 'node:timers/promises';

const TIMEOUT_S = 2.5;

interface DownloadOptions {
  fails?: boolean;
  /** When this signal aborts, the download stops waiting and rejects with an AbortError. */
  signal?: AbortSignal;
}

async function download(name: string, seconds: number, options: DownloadOptions = {}): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  try {
    // With a signal, sleep rejects with an AbortError the moment the signal aborts, and its timer is cleared.
    await sleep(seconds * 1000, undefined, { signal: options.signal });
  } catch (error) {
    console.log(`download ${name} cancelled`);
    throw error;
  }
  if (options.fails) {
    console.log(`download ${name} failed`);
    throw new Error(`connection reset while fetching ${name}`);
  }
  console.log(`download ${name} finished`);
  return `<html of ${name}>`;
}

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

console.log(`main: 3 downloads, giving up on any still running after ${TIMEOUT_S} s`);

// TODO: nothing stops C, so main waits its full 6 s. Cancel whatever is still running after
// TIMEOUT_S seconds: make an AbortController, abort it from a timer, and pass its signal to every download.
const names = ['A', 'B', 'C'];
const results = await Promise.allSettled([
  download('A', 1),
  download('B', 1.5, { fails: true }),
  download('C', 6),
]);

// allSettled never rejects: each result says how its promise ended, like a Task's done()/result()/exception().
for (const [i, result] of results.entries()) {
  const name = names[i] ?? '?';
  if (result.status === 'fulfilled') {
    console.log(`report: ${name} fulfilled with ${result.value}`);
  } else if (result.reason instanceof Error && result.reason.name === 'AbortError') {
    console.log(`report: ${name} cancelled`);
  } else {
    console.log(`report: ${name} rejected: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
  }
}
console.log(`main: done after ${since()} s`);
