import { setTimeout as sleep } from 'node:timers/promises';

const TIMEOUT_S = 2.5;
const CHUNK_S = 0.25; // a download arrives in chunks of a quarter second each

interface DownloadOptions {
  fails?: boolean;
  /** Aborting this signal should stop the download where it is. */
  signal?: AbortSignal;
}

async function download(name: string, seconds: number, options: DownloadOptions = {}): Promise<string> {
  console.log(`download ${name} started, takes ${seconds} s`);
  try {
    for (let received = 0; received < seconds; received += CHUNK_S) {
      await sleep(CHUNK_S * 1000); // one chunk arrives
    }
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

// How a cancelled task's promise rejects depends on the API that noticed: sleep from timers/promises
// rejects with an AbortError, signal.throwIfAborted() throws the signal's reason (an AbortError, or a
// TimeoutError for AbortSignal.timeout).
function wasCancelled(reason: unknown): boolean {
  return reason instanceof Error && (reason.name === 'AbortError' || reason.name === 'TimeoutError');
}

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

console.log(`main: 3 downloads, giving up on any still running after ${TIMEOUT_S} s`);

// Typical wrong answer: a race against a timer. main stops waiting for C after 2.5 s, but nothing
// stops C itself: its chunks keep arriving, and its timers keep Node running, until it is done.
function withTimeout<T>(work: Promise<T>, seconds: number): Promise<T> {
  const alarm = sleep(seconds * 1000).then((): T => {
    throw new DOMException(`timed out after ${seconds} s`, 'TimeoutError');
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
  } else if (wasCancelled(result.reason)) {
    console.log(`report: ${name} cancelled`);
  } else {
    console.log(`report: ${name} rejected: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
  }
}
console.log(`main: done after ${since()} s`);
