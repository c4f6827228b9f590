import { defineChecks, exitsWith, findSpans, itemsInOrder, noUncaughtRejection, taskSet, type Check } from '#checks';

// A download ends one of three ways, each with its own line.
const downloads = taskSet({
  kind: 'coroutine',
  start: /^download (?<task>\w+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\w+) (?<outcome>finished|failed|cancelled)$/,
  expected: ['A', 'B', 'C'],
  noun: 'download',
});

const HEADER = /^main: 3 downloads, giving up on any still running after (?<seconds>\d+(?:\.\d+)?) s$/;
const DONE = /^main: done after /;
const cancelIt =
  'Give every download a signal that aborts once TIMEOUT_S seconds have passed (an AbortController aborted from a timer, or a signal that ' +
  'times out by itself), and make download honour it: the wait for each chunk must end the moment the signal aborts.';

// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in
// (durations through the catalog's t.seconds: "2.04 s", "2.04 秒").

/**
 * main is done about when the timeout expires, not when the slowest download would have finished.
 * Measured from the first download's start line to main's last line: from the run's own timestamps.
 */
const stopsAtTimeout: Check = {
  id: 'stops-at-timeout',
  title: 'main is done when the timeout expires, not when the slow download would end',
  messages: {
    keepLines: "Keep the program's lines: the “main: 3 downloads …” header, the download lines and “main: done after …”.",
    facts: 'main was done {total} after the first download started; the timeout is {timeout} and the slowest download takes {slowest}',
    early: '{facts}. That is before the timeout: let the downloads run until it expires.',
    waited: `{facts}. main waited for the slow download instead of giving up on it. If a signal did abort, download did not listen to it. ${cancelIt}`,
    ok: '{facts}.',
  },
  evaluate(view, { say, t }) {
    const header = view.stdout.find((l) => HEADER.test(l.text));
    const done = view.stdout.find((l) => DONE.test(l.text));
    const spans = findSpans(view, downloads.patterns);
    if (!header || !done || spans.length === 0) return { status: 'fail', message: say('keepLines') };
    const timeout = Number(HEADER.exec(header.text)?.groups?.seconds) * 1000;
    const slowest = Math.max(...spans.map((sp) => Number(sp.fields.seconds) * 1000));
    const first = Math.min(...spans.map((sp) => sp.start.t));
    const total = done.t - first;
    const facts = say('facts', { total: t.seconds(total), timeout: t.seconds(timeout), slowest: t.seconds(slowest) });
    if (total < timeout - 50) return { status: 'fail', message: say('early', { facts }) };
    if (total > timeout + 600 || total >= (timeout + slowest) / 2) return { status: 'fail', message: say('waited', { facts }) };
    return { status: 'pass', message: say('ok', { facts }) };
  },
};

/** Nothing is left running after main's report: a cancelled download really stopped, so Node can exit. */
const nothingLeftRunning: Check = {
  id: 'nothing-left-running',
  title: 'A cancelled download really stops: nothing runs on after main is done',
  messages: {
    noDone: 'No “main: done after …” line was printed.',
    ok: '“main: done” was the last line: nothing was left running.',
    later:
      'After “main: done” the program went on printing: “{line}” came {after} later. ' +
      'Giving up on a promise (Promise.race against a timer) does not stop the work behind it, and its pending timers kept Node running. ' +
      `Cancel the work itself. ${cancelIt}`,
  },
  evaluate({ stdout }, { say, t }) {
    const done = stdout.find((l) => DONE.test(l.text));
    if (!done) return { status: 'fail', message: say('noDone') };
    const first = stdout.find((l) => l.index > done.index);
    if (!first) return { status: 'pass', message: say('ok') };
    return { status: 'fail', message: say('later', { line: first.text, after: t.seconds(first.at - done.at) }) };
  },
};

const CHUNK_MS = 250;

/**
 * On an observed run, the downloads really received their chunks: for every download that ran to
 * its end (finished or failed), a quarter-second wait per chunk, so at least 80 % of the chunks that
 * the finished downloads' durations add up to were observed as timers of 250 ms. A program that
 * prints the lines on a schedule of its own waits in other amounts, or not at all.
 */
const chunksArrive: Check = {
  id: 'chunks-arrive',
  title: 'The downloads really wait for their chunks (observed timers)',
  messages: {
    notObserved: "This runtime did not observe the run, so the downloads' waits could not be checked; only the printed output was judged.",
    ok: '{seen} chunk waits of a quarter second were seen, for {downloads} download(s) that ran to their end.',
    missing:
      'The downloads that ran to their end add up to {needed} chunks of a quarter second, but only {seen} such waits were seen. Keep download() as it is: it waits for each chunk in turn.',
  },
  evaluate(view, { say }) {
    const timers = view.observed?.timers;
    if (!timers) return { status: 'pass', message: say('notObserved') };
    const whole = downloads.spans(view).filter((s) => s.end && s.fields.outcome !== 'cancelled');
    const needed = whole.reduce((n, s) => n + Math.ceil((Number(s.fields.seconds) * 1000) / CHUNK_MS), 0);
    const seen = timers.filter((timer) => Math.abs(timer.ms - CHUNK_MS) <= 15).length;
    if (seen >= 0.8 * needed) return { status: 'pass', message: say('ok', { seen, downloads: whole.length }) };
    return { status: 'fail', message: say('missing', { needed, seen }) };
  },
};

export default defineChecks({
  timeline: downloads.patterns,
  checks: [
    exitsWith(0, { hint: 'Promise.all rejects as soon as one download fails; Promise.allSettled waits for every outcome and never rejects.' }),
    noUncaughtRejection(),
    downloads.allFinish({ hint: 'Every download prints how it ended: finished, failed or cancelled.' }),
    downloads.overlap({ hint: 'Start the three downloads together, in one Promise.allSettled([...]).' }),
    chunksArrive,
    itemsInOrder(/^report: (?<item>\w+ (?:fulfilled|rejected|cancelled))/, ['A fulfilled', 'B rejected', 'C cancelled'], {
      id: 'report',
      title: 'The report says: A fulfilled, B rejected, C cancelled',
      hint: `A finishes in 1 s, B fails at 1.5 s, and C (6 s) must be cancelled at the timeout. ${cancelIt}`,
    }),
    stopsAtTimeout,
    nothingLeftRunning,
  ],
});
