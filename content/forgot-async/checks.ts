import { defineChecks, exitsWith, noStderr, printsLines, taskSet, type Check } from '../../src/grader/index.ts';

const downloads = taskSet({
  kind: 'coroutine',
  start: /^download (?<task>\w+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\w+) finished$/,
  expected: ['A', 'B'],
  noun: 'download',
});

const addAsync = 'Mark the function that contains the await as async: async function fetchBoth().';

/**
 * Node parses the whole file before running any of it, so an `await` in a plain function stops the
 * program before its first line. Node's type stripping words it "await isn't allowed in non-async
 * function"; plain JavaScript says "await is only valid in async functions".
 */
const loads: Check = {
  id: 'file-loads',
  title: 'Node accepts the file (no SyntaxError)',
  evaluate({ lines }) {
    // Node's own line starts with "SyntaxError"; prefer it to any line that merely mentions one.
    const error = lines.find((l) => /^SyntaxError\b/.test(l.text)) ?? lines.find((l) => /SyntaxError\b/.test(l.text));
    if (!error) return { status: 'pass', message: 'Node loaded main.ts and ran it.' };
    const text = error.text.slice(error.text.indexOf('SyntaxError')).trim();
    const aboutAwait = /await/i.test(text);
    return {
      status: 'fail',
      message: aboutAwait
        ? `Node refused to run main.ts: “${text}”. Node reads the whole file before it runs any of it, so not one line ran. ${addAsync}`
        : `Node refused to run main.ts: “${text}”. Look at the line the error points to in Output.`,
    };
  },
};

export default defineChecks({
  timeline: downloads.patterns,
  checks: [
    loads,
    exitsWith(0, {
      hint: `If Output shows a SyntaxError about await, Node rejected the file before running a single line. ${addAsync}`,
    }),
    downloads.allFinish(),
    downloads.overlap({ hint: 'Keep the Promise.all: both downloads start before either is awaited.' }),
    downloads.totalNearLongest({ hint: 'Keep the Promise.all: both downloads start before either is awaited.' }),
    downloads.followedBy(/^main: got /, {
      title: 'main prints the results only after both downloads finished',
      hint: 'fetchBoth must wait for the downloads before it returns: with async, await Promise.all(...) does that, and main awaits fetchBoth().',
    }),
    printsLines([/^main: fetching both$/, /^main: got A \(2 s\) and B \(3 s\)$/], {
      id: 'prints-results',
      title: 'main prints both results: “main: got A (2 s) and B (3 s)”',
      inOrder: true,
      hint: 'fetchBoth returns the two results joined with “and”; main awaits it and prints them.',
    }),
    noStderr(),
  ],
});
