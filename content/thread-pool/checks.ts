import { defineChecks, exitsWith, noUncaughtRejection, taskSet, type Check, type RunView } from '../../src/grader/index.ts';

// Every time below is one the program measured itself (`… at N ms`), so Node's start-up and the
// runner's delays never count. These checks time CPU work (pbkdf2), so `npm run grade`/`verify` run
// this lesson one program at a time (src/cli/pool.ts: a lesson whose checks mention CPU).
const BASELINE = /^baseline: one hash alone took (?<ms>\d+) ms$/;
const BATCH_START = /^batch: started at (?<ms>\d+) ms$/;
const BATCH_DONE = /^batch: done at (?<ms>\d+) ms$/;
const TICK = /^tick \d+ at (?<ms>\d+) ms$/;

const hashes = taskSet({
  kind: 'thread',
  noun: 'hash',
  start: /^hash (?<task>\d) started at (?<ms>\d+) ms$/,
  end: /^hash (?<task>\d) finished at (?<ms>\d+) ms$/,
  expected: ['1', '2', '3', '4', '5', '6', '7', '8'],
});

const usePool =
  'Use the callback form of crypto.pbkdf2 (wrapped in a promise if you like to await it): it hands the work to libuv\'s thread pool and returns at once. Start all eight, then wait for all of them.';

function firstMs(view: RunView, pattern: RegExp): number | null {
  for (const line of view.stdout) {
    const ms = pattern.exec(line.text)?.groups?.ms;
    if (ms !== undefined) return Number(ms);
  }
  return null;
}

function allMs(view: RunView, pattern: RegExp): number[] {
  return view.stdout.map((l) => pattern.exec(l.text)?.groups?.ms).filter((v): v is string => v !== undefined).map(Number);
}

/**
 * The main thread stayed free: the clock's longest silence during the batch (from the batch's start
 * to its end, measured by the program) against the baseline, one hash alone in the same run. A hash
 * on the main thread silences the clock for at least one baseline. Pass at ≤ 0.6 × baseline, fail at
 * ≥ 0.9 ×, and between the two a busy machine cannot decide.
 */
const clockTicks: Check = {
  id: 'clock-keeps-ticking',
  title: 'The clock keeps ticking while the hashes run: the main thread stays free',
  evaluate(view) {
    const baseline = firstMs(view, BASELINE);
    const start = firstMs(view, BATCH_START);
    const done = firstMs(view, BATCH_DONE);
    if (baseline === null || start === null || done === null) {
      return { status: 'fail', message: 'Keep the “baseline: …”, “batch: started at …” and “batch: done at …” lines: the clock is judged between them.' };
    }
    const times = [start, ...allMs(view, TICK).filter((t) => t > start && t < done), done];
    let gap = 0;
    let at = start;
    for (let i = 1; i < times.length; i++) {
      const g = (times[i] ?? 0) - (times[i - 1] ?? 0);
      if (g > gap) [gap, at] = [g, times[i - 1] ?? 0];
    }
    const facts = `The clock's longest silence was ${gap} ms (from ${at} ms), against ${baseline} ms for one hash alone`;
    if (gap <= 0.6 * baseline) return { status: 'pass', message: `${facts}: the main thread was free while the hashes ran.` };
    if (gap >= 0.9 * baseline) {
      return {
        status: 'fail',
        message: `${facts}: for that long the main thread was busy, so no timer could fire. pbkdf2Sync computes on the thread that calls it. ${usePool}`,
      };
    }
    return { status: 'undecided', message: `${facts}: too close to call on a busy machine. Run again.` };
  },
};

/**
 * libuv's pool has 4 threads by default, so eight hashes started together finish as two waves of
 * four. Judged from the sorted finish times (from the batch start): the first four finish together
 * (earliest ≥ 0.55 × the 4th) and, on average, at most 0.72 × the average of the last four (ideal
 * 0.5, whatever the number of cores: more cores shorten both waves alike). One wave of eight
 * (≥ 0.85) or hashes ending one by one (earliest ≤ 0.4 × the 4th) fail; a run smeared in between by
 * a busy machine is undecided.
 */
const waves: Check = {
  id: 'waves-of-four',
  title: 'The eight hashes finish in two waves of four: libuv\'s pool gives CPU work 4 threads',
  evaluate(view) {
    const start = firstMs(view, BATCH_START);
    const finishes = allMs(view, hashes.patterns.end).map((t) => t - (start ?? 0)).sort((a, b) => a - b);
    if (start === null || finishes.length !== 8) {
      return { status: 'fail', message: 'This needs the “batch: started at …” line and all eight “hash N finished at …” lines.' };
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const first = mean(finishes.slice(0, 4));
    const last = mean(finishes.slice(4));
    const waveRatio = first / Math.max(1, last);
    const together = (finishes[0] ?? 0) / Math.max(1, finishes[3] ?? 0);
    const facts =
      `Finish times after the batch started: ${finishes.join(', ')} ms. The first four finished on average at ${waveRatio.toFixed(2)} × the time of the last four ` +
      `(two waves: about 0.5; one wave: about 1), and the earliest at ${together.toFixed(2)} × the 4th`;
    if (waveRatio <= 0.72 && together >= 0.55) return { status: 'pass', message: `${facts}: two waves of four, one per set of pool threads.` };
    if (waveRatio >= 0.85) {
      return {
        status: 'fail',
        message: `${facts}: all eight finished together, in one wave, so eight threads were computing, not libuv's four. Leave UV_THREADPOOL_SIZE at its default and start no threads of your own. ${usePool}`,
      };
    }
    if (together <= 0.4) return { status: 'fail', message: `${facts}: the hashes ended one by one, not four at a time. ${usePool}` };
    return { status: 'undecided', message: `${facts}: the waves are blurred; a busy machine cannot decide. Run again.` };
  },
};

export default defineChecks({
  timeline: hashes.patterns,
  checks: [
    exitsWith(0),
    noUncaughtRejection(),
    hashes.allFinish(),
    hashes.overlap({ hint: usePool }),
    clockTicks,
    waves,
  ],
});
