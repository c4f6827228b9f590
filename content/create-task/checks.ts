import { defineChecks, exitsWith, findSpans, itemsInOrder, printsLine, taskSet, type Check } from '../../src/grader/index.ts';

const URLS = ['example.com/news', 'example.com/weather', 'example.com/sport'];

// The starter's line formats: keep them and these patterns find every task.
const downloads = taskSet({
  kind: 'coroutine',
  start: /^download (?<task>\S+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\S+) finished$/,
  expected: URLS,
  noun: 'download',
});
const background = taskSet({
  kind: 'coroutine',
  start: /^(?<task>cleanup) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^(?<task>cleanup) finished$/,
  expected: ['cleanup'],
  noun: 'background job',
});

const startAll = 'Start every download before awaiting any: const downloads = URLS.map((url) => downloadPage(url));, then const pages = await Promise.all(downloads);.';

/** The background job runs alongside the downloads: it starts before the first download ends and ends after the first one starts. */
const cleanupInBackground: Check = {
  id: 'cleanup-in-background',
  title: 'The cleanup runs in the background, alongside the downloads',
  evaluate(view) {
    const [cleanup] = findSpans(view, background.patterns);
    const pages = findSpans(view, downloads.patterns);
    if (!cleanup?.end || pages.length === 0) return { status: 'fail', message: 'Expected the lines “cleanup started …”, “cleanup finished” and the downloads\' start lines.' };
    const firstStart = Math.min(...pages.map((p) => p.start.index));
    if (cleanup.end.index < firstStart) {
      return {
        status: 'fail',
        message:
          'The cleanup finished before the first download started: main waited for it on the spot. ' +
          'Keep its promise without awaiting it (const cleanup = cleanCache();) and await it only at the end.',
      };
    }
    return { status: 'pass', message: 'The cleanup was still running when the downloads started.' };
  },
};

export default defineChecks({
  timeline: [background.patterns, downloads.patterns],
  checks: [
    exitsWith(0),
    downloads.allFinish(),
    downloads.overlap({ hint: startAll }),
    // The printed durations are random (1–3 s): the total is compared with this run's own longest and sum.
    downloads.totalNearLongest({ hint: startAll }),
    downloads.followedBy(/^main: all downloads done/, {
      title: 'main reports “all downloads done” only after every download finished',
      hint: 'A started download runs on, but nobody waits for it: await Promise.all(...) and use the array it gives you.',
    }),
    itemsInOrder(/^result \d+: <html of (?<item>\S+)>$/, URLS, {
      title: 'The results come out in URL order, whichever download finished first',
      hint: 'Print the array that await Promise.all(downloads) gives you: it holds the results in the order of the promises you passed, not in the order they finished.',
    }),
    cleanupInBackground,
    printsLine(/^main: cleanup result: cache tidy/, {
      id: 'cleanup-result',
      title: 'main collects the background job\'s result at the end',
      hint: 'Await the cleanup\'s promise at the end: await cleanup.',
    }),
  ],
});
