import { defineChecks, exitsWith, noStderr, observedCpuTime, printsValue, taskSet, type Check, type GradedLine } from '#checks';

// The starter's line formats: keep them and these patterns find both tasks and every tick.
const tasks = taskSet({
  kind: 'coroutine',
  start: /^(?<task>clock|crunch) started/,
  end: /^(?<task>clock|crunch) finished/,
  expected: ['clock', 'crunch'],
});

const CLOCK_START = /^clock started: a tick every (?<ms>\d+) ms$/;
const TICK = /^tick (?<n>\d+)\b/;
const TICKS = 10;
/** A gap this many times the tick interval means the thread was held, not merely busy. */
const GAP_FACTOR = 2.5;

const fix =
  'Move the counting off this thread: count in worker.ts and send the count back with parentPort.postMessage, ' +
  'or count in slices of about 100 000 numbers with await setImmediate() after each slice.';

function ticksOf(lines: readonly GradedLine[]): GradedLine[] {
  return lines.filter((l) => TICK.test(l.text));
}

/**
 * The largest gap between consecutive ticks (counting from the clock's start line). It passes when that
 * gap is under 2.5 × the tick interval, or under half the time crunch spent counting: a loop that holds
 * the thread makes one gap at least as long as the whole count, while a machine that is merely busy
 * (other programs on the cores) delays ticks by a fraction of it.
 */
// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in
// (durations through the catalog's t.seconds: "2.04 s", "2.04 秒").
const steadyTicks: Check = {
  id: 'ticks-steady',
  title: 'The clock keeps its rhythm while crunch counts',
  messages: {
    noStart: "No line like “clock started: a tick every … ms” was printed: keep the clock's start line as it is.",
    fewTicks: 'The clock printed {ticks} of its {total} ticks. Let the program run until the clock has finished.',
    facts: 'The longest gap between two ticks was {gap} (between “{from}” and “{to}”); the clock asks for a tick every {interval}',
    counting: ' and crunch counted for {counting}',
    ok: '{facts}{counting}.',
    blocked: `{facts}{counting}. For that long the thread was busy and no timer could fire. ${fix}`,
  },
  evaluate({ stdout }, { say, t }) {
    const start = stdout.find((l) => CLOCK_START.test(l.text));
    if (!start) return { status: 'fail', message: say('noStart') };
    const interval = Number(CLOCK_START.exec(start.text)?.groups?.ms);
    const ticks = ticksOf(stdout);
    if (ticks.length < TICKS) return { status: 'fail', message: say('fewTicks', { ticks: ticks.length, total: TICKS }) };
    let worst = { gap: 0, from: start, to: start };
    let previous = start;
    for (const tick of ticks) {
      const gap = tick.at - previous.at;
      if (gap > worst.gap) worst = { gap, from: previous, to: tick };
      previous = tick;
    }
    const started = stdout.find((l) => /^crunch started/.test(l.text));
    const finished = stdout.find((l) => /^crunch finished/.test(l.text));
    const counting = started && finished ? finished.at - started.at : 0;
    const facts = say('facts', { gap: t.seconds(worst.gap), from: worst.from.text, to: worst.to.text, interval: t.seconds(interval) });
    const countingFacts = counting > 0 ? say('counting', { counting: t.seconds(counting) }) : '';
    if (worst.gap < GAP_FACTOR * interval || worst.gap < counting / 2) return { status: 'pass', message: say('ok', { facts, counting: countingFacts }) };
    return { status: 'fail', message: say('blocked', { facts, counting: countingFacts }) };
  },
};

/** At least one tick is printed between crunch's start and end lines: the two tasks really shared the time. */
const ticksDuringCrunch: Check = {
  id: 'ticks-during-crunch',
  title: 'Ticks are printed while crunch is still counting',
  messages: {
    noLines: 'crunch must print its “crunch started” and “crunch finished” lines.',
    ok: '{ticks} tick(s) came between “crunch started” and “crunch finished” ({counting} of counting).',
    none: `Not one tick came between “crunch started” and “crunch finished” ({counting} apart): while crunch counted, the clock could not run at all. ${fix}`,
  },
  evaluate({ stdout }, { say, t }) {
    const started = stdout.find((l) => /^crunch started/.test(l.text));
    const finished = stdout.find((l) => /^crunch finished/.test(l.text));
    if (!started || !finished) return { status: 'fail', message: say('noLines') };
    const during = ticksOf(stdout).filter((l) => l.index > started.index && l.index < finished.index);
    const counting = t.seconds(finished.at - started.at);
    if (during.length > 0) return { status: 'pass', message: say('ok', { ticks: during.length, counting }) };
    return { status: 'fail', message: say('none', { counting }) };
  },
};

/**
 * The count was really done (on observed runs): between "crunch started" and "crunch finished" the
 * program used CPU time, in whichever thread, of at least a quarter of that window. Counting primes
 * keeps a core busy the whole time; a result printed from memory after a sleep uses next to none.
 * A quarter leaves room for a machine busy with other programs, where the count gets only part of a
 * core (at a load average of 22 on 2 cores a real count used less than that; then it cannot decide).
 */
const FLOOR_MS = 300;

const crunchCounted: Check = {
  id: 'crunch-counted',
  title: 'Crunch really counts (observed CPU time), it does not just print the answer',
  messages: {
    noLines: 'Crunch never printed both its start and its finish line: keep them as they are.',
    notObserved: 'This runtime did not observe the run, so the CPU time crunch used could not be checked; only the printed output was judged.',
    unmeasured: 'The CPU time could not be measured (the program did not end by itself). Run it again.',
    ok: 'Crunch ran for {window}; the whole program used {used} of CPU time.',
    busy: 'Crunch ran for {window}; the whole program used {used} of CPU time: other programs kept the cores busy, so this run cannot tell whether crunch counted. Run it again.',
    tooLittle:
      'Crunch ran for {window}; the whole program used {used} of CPU time: far too little to have counted the primes. Keep the counting itself (countPrimes): the answer has to be worked out, not printed.',
  },
  evaluate(view, { say, t }) {
    const spans = tasks.spans(view);
    const crunch = spans.find((sp) => sp.task === 'crunch');
    if (!crunch?.end) return { status: 'fail', message: say('noLines') };
    const used = observedCpuTime(view, 'all');
    if (!used) return { status: 'pass', message: say('notObserved') };
    if (used.measured === 0) return { status: 'undecided', message: say('unmeasured') };
    const window = crunch.end.t - crunch.start.t;
    const facts = { window: t.seconds(window), used: t.seconds(used.ms) };
    if (used.ms >= 0.25 * window) return { status: 'pass', message: say('ok', facts) };
    // CPU time does not grow with the machine's load, but the window does: below a quarter of it,
    // only a total under what Node's start-up and the clock cost by themselves (300 ms) proves that
    // nothing was counted; in between, the machine was too busy to tell.
    if (used.ms >= FLOOR_MS) return { status: 'undecided', message: say('busy', facts) };
    return { status: 'fail', message: say('tooLittle', facts) };
  },
};

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0, {
      hint: 'Exit code 13 with “unsettled top-level await” means main.ts was still waiting for something nothing could deliver any more: does the worker send its count back with parentPort.postMessage?',
    }),
    tasks.allFinish({ hint: 'If crunch hands its work to a worker, the worker must send the count back (parentPort.postMessage) and main must wait for it (await once(worker, "message")).' }),
    steadyTicks,
    ticksDuringCrunch,
    printsValue(/^crunch finished: (?<value>\d+) primes/, '283146', {
      id: 'crunch-result',
      title: 'The count is still right: 283146 primes below 4 000 000',
      hint: 'Keep the work itself: every number below the limit must be counted exactly once, in whichever slices you cut it.',
    }),
    crunchCounted,
    noStderr(),
  ],
});
