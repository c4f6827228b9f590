import { defineChecks, exitsWith, noUncaughtRejection, printsValue, taskSet, type Check } from '#checks';

const downloads = taskSet({
  kind: 'coroutine',
  noun: 'download',
  start: /^download (?<task>\S+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\S+) finished: (?<lines>\d+) lines$/,
  expected: ['a.log', 'b.log', 'c.log'],
});

const STEP1_DONE = /^step 1 done: (?<value>\d+) lines in \d+ ms$/;
const READING = /^sensor: reading (?<n>\d+) = (?<value>\d+)$/;
const CLOSED = /^sensor: closed$/;
const STEP2_DONE = /^step 2 done: stopped at (?<value>\d+)$/;
const LIMIT = 80;

const keepPromises =
  'forEach throws away the promises its async callback returns, so nothing can wait for them. Start the downloads with map, which keeps the promises, and await Promise.all of them.';

// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.

/** The sensor is asked for readings up to the first one above the limit, and not one more. */
const stopsAtLimit: Check = {
  id: 'stops-at-limit',
  title: `Step 2 takes readings up to the first one above ${LIMIT}, and not one more`,
  messages: {
    none: 'The sensor printed no reading: consume it in step 2 (keep its lines as they are).',
    noneAbove: 'No reading above {limit} was taken: keep asking the sensor until one comes.',
    more:
      'Reading {n} was {value}, above {limit}, yet the sensor was asked for {count} more (reading {nextN} = {nextValue}). ' +
      'An async generator computes a value only when asked: stop asking as soon as the value you got is over the limit.',
    ok: 'The last reading taken was reading {n} = {value}.',
  },
  evaluate({ stdout }, { say }) {
    const readings = stdout.map((l) => READING.exec(l.text)?.groups).filter((g) => g !== undefined).map((g) => ({ n: Number(g.n), value: Number(g.value) }));
    if (readings.length === 0) return { status: 'fail', message: say('none') };
    const stopAt = readings.findIndex((r) => r.value > LIMIT);
    if (stopAt < 0) return { status: 'fail', message: say('noneAbove', { limit: LIMIT }) };
    const last = readings[stopAt] as { n: number; value: number };
    const extra = readings.slice(stopAt + 1);
    if (extra.length > 0) {
      return { status: 'fail', message: say('more', { n: last.n, value: last.value, limit: LIMIT, count: extra.length, nextN: String(extra[0]?.n), nextValue: String(extra[0]?.value) }) };
    }
    return { status: 'pass', message: say('ok', { n: last.n, value: last.value }) };
  },
};

/** Stopping closed the generator (its finally block ran) before step 2 reported. */
const sensorClosed: Check = {
  id: 'sensor-closed',
  title: 'The sensor is closed (its finally block runs) before step 2 reports',
  messages: {
    noDone: 'No “step 2 done: stopped at …” line was printed.',
    neverClosed:
      'The sensor never printed “sensor: closed”: it was left suspended at its yield, and its cleanup never ran. ' +
      'Leaving a for await loop with break (or return, or an exception) tells the generator to finish; calling next() yourself and walking away does not.',
    late: '“sensor: closed” came after “step 2 done”: close the sensor, and wait for that, before reporting.',
    ok: "The sensor's cleanup ran before step 2 reported.",
  },
  evaluate({ stdout }, { say }) {
    const closed = stdout.find((l) => CLOSED.test(l.text));
    const done = stdout.find((l) => STEP2_DONE.test(l.text));
    if (!done) return { status: 'fail', message: say('noDone') };
    if (!closed) return { status: 'fail', message: say('neverClosed') };
    if (closed.index > done.index) return { status: 'fail', message: say('late') };
    return { status: 'pass', message: say('ok') };
  },
};

export default defineChecks({
  timeline: downloads.patterns,
  checks: [
    exitsWith(0),
    noUncaughtRejection(),
    downloads.allFinish(),
    downloads.followedBy(STEP1_DONE, { title: '“step 1 done” comes after every download has finished', hint: keepPromises }),
    printsValue(STEP1_DONE, '240', { id: 'step-1-total', title: 'Step 1 counts the lines of all three downloads (240)', hint: keepPromises }),
    downloads.overlap({ hint: 'A for…of loop with await inside starts each download only when the previous one is done. Start them all first, then wait for all of them together.' }),
    downloads.totalNearLongest({ hint: 'Start all three downloads before waiting for any, then await Promise.all.' }),
    downloads.waitsAsReported({ hint: 'Keep the download function as it is: each download awaits its own sleep.' }),
    stopsAtLimit,
    sensorClosed,
  ],
});
