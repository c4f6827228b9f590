import { notObserved, defineChecks, exitsWith, findSpans, itemsInOrder, noUncaughtRejection, taskSet, type Check } from '#checks';

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

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * main is done about when the timeout expires, not when the slowest download would have finished.
 * Measured from the first download's start line to main's last line: from the run's own timestamps.
 */
const stopsAtTimeout: Check = {
  id: 'stops-at-timeout',
  title: 'main is done when the timeout expires, not when the slow download would end',
  evaluate(view) {
    const header = view.stdout.find((l) => HEADER.test(l.text));
    const done = view.stdout.find((l) => DONE.test(l.text));
    const spans = findSpans(view, downloads.patterns);
    if (!header || !done || spans.length === 0) return { status: 'fail', message: 'Keep the program\'s lines: the “main: 3 downloads …” header, the download lines and “main: done after …”.' };
    const timeout = Number(HEADER.exec(header.text)?.groups?.seconds) * 1000;
    const slowest = Math.max(...spans.map((sp) => Number(sp.fields.seconds) * 1000));
    const first = Math.min(...spans.map((sp) => sp.start.t));
    const total = done.t - first;
    const facts = `main was done ${s(total)} after the first download started; the timeout is ${s(timeout)} and the slowest download takes ${s(slowest)}`;
    if (total < timeout - 50) return { status: 'fail', message: `${facts}. That is before the timeout: let the downloads run until it expires.` };
    if (total > timeout + 600 || total >= (timeout + slowest) / 2) {
      return { status: 'fail', message: `${facts}. main waited for the slow download instead of giving up on it. If a signal did abort, download did not listen to it. ${cancelIt}` };
    }
    return { status: 'pass', message: `${facts}.` };
  },
};

/** Nothing is left running after main's report: a cancelled download really stopped, so Node can exit. */
const nothingLeftRunning: Check = {
  id: 'nothing-left-running',
  title: 'A cancelled download really stops: nothing runs on after main is done',
  evaluate({ stdout }) {
    const done = stdout.find((l) => DONE.test(l.text));
    if (!done) return { status: 'fail', message: 'No “main: done after …” line was printed.' };
    const later = stdout.filter((l) => l.index > done.index);
    const first = later[0];
    if (!first) return { status: 'pass', message: '“main: done” was the last line: nothing was left running.' };
    return {
      status: 'fail',
      message:
        `After “main: done” the program went on printing: “${first.text}” came ${s(first.at - done.at)} later. ` +
        'Giving up on a promise (Promise.race against a timer) does not stop the work behind it, and its pending timers kept Node running. ' +
        `Cancel the work itself. ${cancelIt}`,
    };
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
  evaluate(view) {
    const timers = view.observed?.timers;
    if (!timers) return notObserved('the downloads\' waits');
    const whole = downloads.spans(view).filter((s) => s.end && s.fields.outcome !== 'cancelled');
    const needed = whole.reduce((n, s) => n + Math.ceil((Number(s.fields.seconds) * 1000) / CHUNK_MS), 0);
    const seen = timers.filter((t) => Math.abs(t.ms - CHUNK_MS) <= 15).length;
    if (seen >= 0.8 * needed) return { status: 'pass', message: `${seen} chunk waits of a quarter second were seen, for ${whole.length} download(s) that ran to their end.` };
    return {
      status: 'fail',
      message: `The downloads that ran to their end add up to ${needed} chunks of a quarter second, but only ${seen} such waits were seen. Keep download() as it is: it waits for each chunk in turn.`,
    };
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
