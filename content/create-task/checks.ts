import { blindWhen, defineChecks, exitsWith, findSpans, itemsInOrder, noUncaughtRejection, printsLines, taskSet, type Check } from '#checks';

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
  start: /^(?<task>cleanup|link check) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^(?<task>cleanup|link check) (?:finished|failed)$/,
  expected: ['cleanup', 'link check'],
  noun: 'background job',
});

const DONE_ALL = /^main: all downloads done/;

const inBackground =
  'Calling an async function already starts it: keep the promise it gives you, do not await it there, and await it where its result is needed.';
const handleAtOnce =
  'Node decides whether a rejection is handled the moment the promise rejects. A background job that may fail before main gets to it ' +
  'needs its handler attached where it starts (a .then with two callbacks, a .catch that returns the outcome, or Promise.allSettled), so the promise you keep never rejects unheard.';

/** Every background job runs alongside the downloads: it starts before the first download ends and ends after the first one starts. */
const jobsInBackground: Check = {
  id: 'jobs-in-background',
  title: 'Both background jobs run alongside the downloads',
  // Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.
  messages: {
    noDownload: 'No download started, so nothing can be said about running alongside them.',
    cleanup: 'cleanup',
    linkCheck: 'link check',
    noStart: 'The {job} never printed its start line.',
    over: `The {job} was over before the first download started: main waited for it on the spot. ${inBackground}`,
    late: `The {job} started only after a download had finished. Start the background jobs first. ${inBackground}`,
    ok: 'Both background jobs were running while the downloads started.',
  },
  evaluate(view, { say }) {
    const jobs = findSpans(view, background.patterns);
    const pages = findSpans(view, downloads.patterns);
    if (pages.length === 0) return { status: 'fail', message: say('noDownload') };
    const firstStart = Math.min(...pages.map((p) => p.start.index));
    const firstEnd = Math.min(...pages.map((p) => p.end?.index ?? Number.POSITIVE_INFINITY));
    for (const [name, key] of [['cleanup', 'cleanup'], ['link check', 'linkCheck']] as const) {
      const job = jobs.find((j) => j.task === name);
      if (!job) return { status: 'fail', message: say('noStart', { job: say(key) }) };
      if (job.end && job.end.index < firstStart) return { status: 'fail', message: say('over', { job: say(key) }) };
      if (job.start.index > firstEnd) return { status: 'fail', message: say('late', { job: say(key) }) };
    }
    return { status: 'pass', message: say('ok') };
  },
};

export default defineChecks({
  timeline: [background.patterns, downloads.patterns],
  checks: [
    exitsWith(0, { hint: `If Output ends with “Error: 3 broken links”, the link check's rejection reached nobody. ${handleAtOnce}` }),
    noUncaughtRejection({ hint: handleAtOnce }),
    downloads.allFinish({ hint: 'Keep the downloads as they are: the program has to live long enough for them to finish.' }),
    downloads.overlap({ hint: 'Keep the downloads as they are: Promise.all over three calls that each start a download.' }),
    // The printed durations are random (1–3 s): the total is compared with this run's own longest and sum.
    downloads.totalNearLongest({ hint: 'Keep the downloads as they are: all three start before any is awaited.' }),
    downloads.waitsAsReported({ hint: 'Keep downloadPage as it is: each download awaits its own sleep.' }),
    downloads.followedBy(DONE_ALL, {
      title: 'main reports “all downloads done” only after every download finished',
      hint: 'Keep the downloads as they are: main awaits the Promise.all before it reports.',
    }),
    // Results in finishing order look right whenever the downloads happen to finish in URL order: the
    // starter makes the first one the longest so they never do, and a run where they did anyway (the
    // durations were changed) cannot decide instead of passing.
    blindWhen(
      itemsInOrder(/^result \d+: <html of (?<item>\S+)>$/, URLS, {
        title: 'The results come out in URL order, whichever download finished first',
        line: '“result <n>: <html of <url>>”',
        hint: 'Print the array that await Promise.all(...) gives you: it holds the results in the order of the promises you passed.',
      }),
      downloads.finishOrderBlind,
    ),
    jobsInBackground,
    printsLines([DONE_ALL, /^main: cleanup result: cache tidy$/, /^main: link check result: failed: 3 broken links$/], {
      id: 'outcomes-collected',
      title: 'At the end, main reports both jobs: “cache tidy” and “failed: 3 broken links”',
      inOrder: true,
      hint: `Collect each background job's outcome at the end, after the downloads, including the link check's failure message. ${handleAtOnce}`,
    }),
  ],
});
