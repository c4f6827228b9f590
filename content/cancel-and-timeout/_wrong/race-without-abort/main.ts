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

// Typical wrong answer: a race against a timer. main stops waiting for C after 2.5 s, but nothing
// stops C itself: its 6 s timer keeps running, and keeps Node running, until it is done.
function withTimeout<T>(work: Promise<T>, seconds: number): Promise<T> {
  const alarm = sleep(seconds * 1000).then((): T => {
    throw new Error(`timed out after ${seconds} s`);
  });
  return Promise.race([work, alarm]);
}

const names = ['A', 'B', 'C'];
const results = await Promise.allSettled([
  withTimeout(download('A', 1), TIMEOUT_S),
  withTimeout(download('B', 1.5, { fails: true }), TIMEOUT_S),
  withTimeout(download('C', 6), TIMEOUT_S),
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
