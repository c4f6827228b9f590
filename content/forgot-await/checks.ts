import { defineChecks, exitsWith, noUncaughtRejection, printsLines, printsValue, taskSet } from '../../src/grader/index.ts';

const downloads = taskSet({
  kind: 'coroutine',
  start: /^download (?<task>\w+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\w+) finished$/,
  expected: ['A', 'B'],
  noun: 'download',
});

const awaitAB = 'Await the Promise.all of A and B: await Promise.all([download(\'A\', 2), download(\'B\', 3)]);';
const awaitC = 'Await C inside the try: try { await download(\'C\', 1, true); } catch .... Without the await, the try block is over before C fails, and its rejection reaches nobody.';

export default defineChecks({
  timeline: downloads.patterns,
  checks: [
    exitsWith(0, { hint: `If Output shows “${'the server hung up while sending C'}”, C's rejection went unhandled. ${awaitC}` }),
    noUncaughtRejection({ hint: awaitC }),
    downloads.allFinish({ hint: `The program ended before they finished: a rejection nobody caught stops everything still running. ${awaitC}` }),
    downloads.overlap({ hint: 'Keep A and B in one Promise.all, so they download at the same time.' }),
    downloads.followedBy(/^main: done /, {
      title: 'main says it is done only after A and B finished',
      hint: `A promise you do not await still runs, but nobody waits for it. ${awaitAB}`,
    }),
    printsLines([/^download C started/, /^main: C failed \(the server hung up while sending C\), carrying on$/, /^main: done /], {
      id: 'c-failure-caught',
      title: "C's failure is caught and reported before main is done",
      inOrder: true,
      hint: awaitC,
    }),
    printsValue(/^main: done after [\d.]+ s, saved \d+ files: (?<value>.*)$/, 'A, B', {
      id: 'saved-files',
      title: 'main reports both saved files: A, B',
      hint: `main read the list before the downloads had saved anything. ${awaitAB}`,
    }),
  ],
});
