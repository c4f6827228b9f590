import { defineChecks, exitsWith, noUncaughtRejection, printsLines, printsValue, taskSet } from '#checks';

const downloads = taskSet({
  kind: 'coroutine',
  start: /^download (?<task>\w+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\w+) finished$/,
  expected: ['A', 'B'],
  noun: 'download',
});

const waitForPair =
  'A promise you do not await still runs, but nobody waits for it: an async function that starts work and neither awaits nor returns it ' +
  'finishes at once, and its caller\'s await waits for nothing.';
const catchC =
  'A try/catch only catches a rejection that arrives while its try block is still running. Returning a promise from inside try ends the ' +
  'block at once, so the rejection reaches the caller instead of the catch: wait for it inside the try.';

export default defineChecks({
  timeline: downloads.patterns,
  checks: [
    exitsWith(0, { hint: `If Output ends with “Error: the server hung up while sending C”, C's rejection escaped the catch meant for it. ${catchC}` }),
    noUncaughtRejection({ hint: catchC }),
    downloads.allFinish({ hint: `The program ended before they finished: a rejection nobody caught stops everything still running. ${catchC}` }),
    downloads.overlap({ hint: 'Start A and B together, so they download at the same time, and wait for the pair.' }),
    downloads.waitsAsReported({ hint: 'Keep the download function: each download awaits its own sleep.' }),
    downloads.followedBy(/^main: done /, {
      title: 'main says it is done only after A and B finished',
      hint: waitForPair,
    }),
    printsLines([/^download C started/, /^main: C failed \(the server hung up while sending C\), carrying on$/, /^main: done /], {
      id: 'c-failure-caught',
      title: "C's failure is caught and reported before main is done",
      inOrder: true,
      hint: `The report comes from the catch inside tryDownload: it must receive C's rejection. ${catchC}`,
    }),
    printsValue(/^main: done after [\d.]+ s, saved \d+ files: (?<value>.*)$/, 'A, B', {
      id: 'saved-files',
      title: 'main reports both saved files: A, B',
      hint: `main read the list before the downloads had saved anything. ${waitForPair}`,
    }),
  ],
});
