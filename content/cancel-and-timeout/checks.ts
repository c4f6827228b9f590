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

export default defineChecks({
  timeline: downloads.patterns,
  checks: [
    exitsWith(0, { hint: 'Promise.all rejects as soon as one download fails; Promise.allSettled waits for every outcome and never rejects.' }),
    noUncaughtRejection(),
    downloads.allFinish({ hint: 'Every download prints how it ended: finished, failed or cancelled.' }),
    downloads.overlap({ hint: 'Start the three downloads together, in one Promise.allSettled([...]).' }),
    itemsInOrder(/^report: (?<item>\w+ (?:fulfilled|rejected|cancelled))/, ['A fulfilled', 'B rejected', 'C cancelled'], {
      id: 'report',
      title: 'The report says: A fulfilled, B rejected, C cancelled',
      hint: `A finishes in 1 s, B fails at 1.5 s, and C (6 s) must be cancelled at the timeout. ${cancelIt}`,
    }),
    stopsAtTimeout,
    nothingLeftRunning,
  ],
});
