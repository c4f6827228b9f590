import { defineChecks, exitsWith, noStderr, printsLines, taskSet, type Check } from '#checks';

const downloads = taskSet({
  kind: 'coroutine',
  start: /^download (?<task>\w+) started, takes (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^download (?<task>\w+) finished$/,
  expected: ['A', 'B'],
  noun: 'download',
});

const addAsync = '`await` is allowed only in an async function (or at the top level of a module): mark the function that holds it as async.';
const contagious =
  'An async function always returns a promise, even when its body returns a string. Whoever wants the string must await that promise, ' +
  'which makes that caller async too, and so on up to the top level, where a module may await directly.';

/**
 * Node parses the whole file before running any of it, so an `await` in a plain function stops the
 * program before its first line. Node 24's type stripping words it "await isn't allowed in non-async
 * function"; a plain JavaScript ES module gets "Unexpected reserved word".
 */
const loads: Check = {
  id: 'file-loads',
  title: 'Node accepts the file (no SyntaxError)',
  // By key, so checks.zh-CN.yaml can say each in Chinese.
  messages: {
    loaded: 'Node loaded main.ts and ran it.',
    refusedAwait: `Node refused to run main.ts: “{error}”. Node reads the whole file before it runs any of it, so not one line ran. ${addAsync}`,
    refused: 'Node refused to run main.ts: “{error}”. Look at the line the error points to in Output.',
  },
  evaluate({ lines }, { say }) {
    // Node's own line starts with "SyntaxError"; prefer it to any line that merely mentions one.
    const error = lines.find((l) => /^SyntaxError\b/.test(l.text)) ?? lines.find((l) => /SyntaxError\b/.test(l.text));
    if (!error) return { status: 'pass', message: say('loaded') };
    const text = error.text.slice(error.text.indexOf('SyntaxError')).trim();
    return { status: 'fail', message: say(/await/i.test(text) ? 'refusedAwait' : 'refused', { error: text }) };
  },
};

/** main printed a promise where it meant its value: the async function's caller did not await it. */
const noPromisePrinted: Check = {
  id: 'no-promise-printed',
  title: 'main prints the results, not a promise',
  messages: {
    none: 'No promise was printed in place of a value.',
    printed: `main printed “{line}”: a promise, not the text it will hold. ${contagious}`,
  },
  evaluate({ stdout }, { say }) {
    const line = stdout.find((l) => /\[object Promise\]|Promise \{/.test(l.text));
    if (!line) return { status: 'pass', message: say('none') };
    return { status: 'fail', message: say('printed', { line: line.text }) };
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
    downloads.waitsAsReported({ hint: 'Keep the download function: each download awaits its own sleep.' }),
    noPromisePrinted,
    downloads.followedBy(/^main: got /, {
      title: 'main prints the results only after both downloads finished',
      hint: `Something must wait for the downloads before the results are printed. ${contagious}`,
    }),
    printsLines([/^main: fetching both$/, /^main: got A \(2 s\) and B \(3 s\)$/, /^main: done$/], {
      id: 'prints-results',
      title: 'main prints “main: got A (2 s) and B (3 s)”, then “main: done”',
      inOrder: true,
      hint: `“main: done” belongs after the report, so the top level has to wait for report to finish. ${contagious}`,
    }),
    noStderr(),
  ],
});
