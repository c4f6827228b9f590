import { defineChecks, exitsWith, findSpans, noUncaughtRejection, notObserved, observedCpuTime, taskSet, type Check, type RunView } from '#checks';

// Every time below is one the program measured itself (`… at N ms`), so Node's start-up and the
// runner's delays never count. These checks time CPU work (pbkdf2), so `npm run grade`/`verify` run
// this lesson one program at a time (its frontmatter says `load: cpu`, see src/cli/pool.ts).
const BASELINE = /^baseline: one hash alone took (?<ms>\d+) ms$/;
const BATCH_START = /^batch: started at (?<ms>\d+) ms$/;
const BATCH_DONE = /^batch: done at (?<ms>\d+) ms; main thread busy (?<busy>\d+) ms, idle (?<idle>\d+) ms$/;
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
 * The main thread stayed free while the hashes ran. Judged first on the event loop's utilization
 * over the batch, which Node measures itself (time spent running callbacks vs waiting for events):
 * a hash on the main thread keeps the loop busy for its whole length, while a hash on the pool
 * leaves it idle. Unlike the clock's silences, this holds on a machine so loaded that the main thread
 * is not scheduled for half a second (seen here at load average 20 on 2 cores: a right answer's clock
 * went silent for 558 ms against a 593 ms baseline, with the loop busy 5% of the time). Pass at ≤ 25%
 * busy, fail at ≥ 50%, undecided between. If the loop was not measured (both figures near 0, e.g. the
 * batch ran before the loop started), the clock's longest silence against the baseline decides.
 */
const clockTicks: Check = {
  id: 'clock-keeps-ticking',
  title: 'The clock keeps ticking while the hashes run: the main thread stays free',
  messages: {
    noLines: 'Keep the “baseline: …”, “batch: started at …” and “batch: done at …; main thread busy …” lines: the main thread is judged between them.',
    silence: "the clock's longest silence was {gap} ms (one hash alone took {baseline} ms)",
    onMain: 'pbkdf2Sync computes on the thread that calls it, and while it runs no timer can fire. {usePool}',
    usePool,
    loopFacts: "During the batch the main thread's event loop was busy {busy} ms and idle {idle} ms ({percent}% busy); {silence}",
    clockFacts: "The event loop's utilization was not measured; {silence}",
    free: '{facts}. The main thread was free while the hashes ran.',
    computing: '{facts}. The main thread was computing. {onMain}',
    busyFor: '{facts}: for that long the main thread was busy. {onMain}',
    tooClose: '{facts}: too close to call on a busy machine. Run again.',
  },
  evaluate(view, { say }) {
    const baseline = firstMs(view, BASELINE);
    const start = firstMs(view, BATCH_START);
    const doneLine = view.stdout.map((l) => BATCH_DONE.exec(l.text)?.groups).find((g) => g !== undefined);
    if (baseline === null || start === null || !doneLine) {
      return { status: 'fail', message: say('noLines') };
    }
    const done = Number(doneLine.ms);
    const busy = Number(doneLine.busy);
    const idle = Number(doneLine.idle);
    const times = [start, ...allMs(view, TICK).filter((t) => t > start && t < done), done];
    let gap = 0;
    for (let i = 1; i < times.length; i++) gap = Math.max(gap, (times[i] ?? 0) - (times[i - 1] ?? 0));
    const silence = say('silence', { gap, baseline });
    const onMain = say('onMain', { usePool: say('usePool') });
    if (busy + idle >= 0.5 * (done - start)) {
      const share = busy / (busy + idle);
      const facts = say('loopFacts', { busy, idle, percent: Math.round(share * 100), silence });
      if (share <= 0.25) return { status: 'pass', message: say('free', { facts }) };
      if (share >= 0.5) return { status: 'fail', message: say('computing', { facts, onMain }) };
      return { status: 'undecided', message: say('tooClose', { facts }) };
    }
    const facts = say('clockFacts', { silence });
    if (gap <= 0.6 * baseline) return { status: 'pass', message: say('free', { facts }) };
    if (gap >= 0.9 * baseline) return { status: 'fail', message: say('busyFor', { facts, onMain }) };
    return { status: 'undecided', message: say('tooClose', { facts }) };
  },
};

/**
 * libuv's pool has 4 threads by default, so of eight equal hashes started together, the first four
 * compute and the last four wait in its queue for a free thread. Judged mainly on order, which a
 * loaded machine does not blur: the first four to finish must be the first four started (with eight
 * threads at once, any four could finish first: the first four started do so 1 time in 70).
 * Timings back it up: the first four finish on average at most 0.9 × the average of the last four
 * (ideal 0.5 on any number of cores; measured 0.30–0.86 here under load averages of 10–25, which
 * stretch one wave and shrink the other). One swapped hash is undecided unless the two halves
 * finished together (≥ 0.85), and two or more fail.
 */
const waves: Check = {
  id: 'waves-of-four',
  title: 'The eight hashes finish in two waves of four: libuv\'s pool gives CPU work 4 threads',
  messages: {
    noLines: 'This needs the “batch: started at …” line and all eight hashes\' “started” and “finished” lines.',
    noWaves: 'Some hashes started only after others had finished, so there were no waves to see. {usePool}',
    usePool,
    facts:
      'The first four to finish were hashes {finished} (started: {started} first). ' +
      'Finish times after the batch started: {times} ms; the first four finished on average at {ratio} × the time of the last four (two waves: about 0.5; one wave: about 1)',
    twoWaves: "{facts}: two waves of four, the second waiting in the pool's queue for the first.",
    oneWave: '{facts}: more than four hashes were computing at once, so they finished in any order. Leave UV_THREADPOOL_SIZE at its default and start no threads of your own. {usePool}',
    blurred: '{facts}: the waves are blurred; a busy machine cannot decide. Run again.',
  },
  evaluate(view, { say }) {
    const spans = findSpans(view, hashes.patterns);
    const start = firstMs(view, BATCH_START);
    if (start === null || spans.length !== 8 || spans.some((sp) => sp.end === null)) {
      return { status: 'fail', message: say('noLines') };
    }
    const ends = spans.map((sp) => ({ task: sp.task, at: Number(hashes.patterns.end.exec(sp.end?.text ?? '')?.groups?.ms) - start, index: sp.end?.index ?? 0 }));
    const firstEnd = Math.min(...ends.map((e) => e.index));
    if (spans.some((sp) => sp.start.index > firstEnd)) {
      return { status: 'fail', message: say('noWaves', { usePool: say('usePool') }) };
    }
    const firstStarted = new Set(spans.slice(0, 4).map((sp) => sp.task)); // spans come in start order
    const byFinish = [...ends].sort((x, y) => x.index - y.index);
    const firstFinished = byFinish.slice(0, 4).map((e) => e.task);
    const kept = firstFinished.filter((t) => firstStarted.has(t)).length;
    const finishes = [...ends].map((e) => e.at).sort((x, y) => x - y);
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const ratio = mean(finishes.slice(0, 4)) / Math.max(1, mean(finishes.slice(4)));
    const facts = say('facts', { finished: firstFinished.join(', '), started: [...firstStarted].join(', '), times: finishes.join(', '), ratio: ratio.toFixed(2) });
    if (kept === 4 && ratio <= 0.9) return { status: 'pass', message: say('twoWaves', { facts }) };
    if (kept <= 2 || (kept === 3 && ratio >= 0.85)) return { status: 'fail', message: say('oneWave', { facts, usePool: say('usePool') }) };
    return { status: 'undecided', message: say('blurred', { facts }) };
  },
};

/**
 * The hashes were really computed (on observed runs): the program's CPU time, all its threads
 * together, is at least a sixth of what the baseline and eight hashes of the baseline's length take.
 * Generous on purpose: the baseline is wall time, which on a machine busy with other programs
 * overstates a hash's CPU time several times over (a third failed real answers during verify on a
 * loaded 2-core machine); a program that prints the lines without hashing uses next to none.
 */
const hashesComputed: Check = {
  id: 'hashes-computed',
  title: 'The baseline and the eight hashes are really computed',
  messages: {
    noBaseline: 'No line like “baseline: one hash alone took … ms” was printed: keep the baseline as it is.',
    notMeasured: 'The CPU time could not be measured (the program did not end by itself). Run it again.',
    facts: 'One hash took {baseline} ms, so the baseline and eight hashes are about {claimed} ms of CPU work; the program used {used} ms of CPU time',
    computed: '{facts}.',
    busy: '{facts}: other programs kept the cores busy, so this run cannot tell whether the hashes were computed. Run it again.',
    notComputed: '{facts}: the hashes were not computed. Keep the pbkdf2 calls: printing their lines is not doing their work.',
  },
  evaluate(view, { say }) {
    const baseline = firstMs(view, BASELINE);
    if (baseline === null) return { status: 'fail', message: say('noBaseline') };
    const used = observedCpuTime(view, 'all');
    if (!used) return notObserved('the CPU time it used');
    if (used.measured === 0) return { status: 'undecided', message: say('notMeasured') };
    const claimed = baseline * 9;
    const facts = say('facts', { baseline, claimed, used: Math.round(used.ms) });
    if (used.ms >= claimed / 6) return { status: 'pass', message: say('computed', { facts }) };
    // CPU time does not grow with the machine's load, the claimed wall time does: above what Node's
    // start-up costs by itself (400 ms), a low share means a busy machine, not a fake.
    if (used.ms >= 400) return { status: 'undecided', message: say('busy', { facts }) };
    return { status: 'fail', message: say('notComputed', { facts }) };
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
    hashesComputed,
  ],
});
