import { defineChecks, exitsWith, noStderr, taskSet, type Check, type RunView } from '#checks';

// The lines the program prints. Keep them as they are: the checks read them.
const PROBE = /^probe: Atomics in a worker (?<verdict>works|does not work) here(?: \((?<why>.*)\))?$/;
const TOTAL = /^main: the counter reads (?<value>-?\d+), expected (?<expected>\d+)$/;

const workers = taskSet({
  kind: 'thread',
  start: /^worker (?<task>\w+) started \(pid (?<pid>\d+), thread (?<thread>\d+)\)$/,
  end: /^worker (?<task>\w+) finished \(pid (?<pid>\d+), thread (?<thread>\d+)\)/,
  expected: ['A', 'B'],
  noun: 'worker',
});

type Probe = { works: boolean; why: string } | null;

function probeOf(view: RunView): Probe {
  for (const line of view.stdout) {
    const m = PROBE.exec(line.text)?.groups;
    if (m) return { works: m.verdict === 'works', why: m.why ?? '' };
  }
  return null;
}

const NO_PROBE = 'No “probe: …” line was printed. Keep the first lines of main.ts, which ask probe.ts whether this runtime can share memory with workers.';

/**
 * Shared memory between threads is not available everywhere: browsers allow SharedArrayBuffer only
 * on cross-origin-isolated pages, and in-browser Node runtimes have supported Atomics only in part.
 * When the probe says it does not work, the lesson cannot be judged here: undecided, never a failure.
 */
const probe: Check = {
  id: 'atomics-probe',
  title: 'This runtime can share memory with workers (SharedArrayBuffer and Atomics)',
  evaluate(view) {
    const p = probeOf(view);
    if (!p) return { status: 'fail', message: NO_PROBE };
    if (p.works) return { status: 'pass', message: 'A worker added 1 with Atomics, and the main thread saw it.' };
    return {
      status: 'undecided',
      message: `The probe says shared memory does not work in this runtime (${p.why}). That is a limit of where the code runs, not a mistake in it: this lesson cannot be judged here. Run it with Node.js on your own computer.`,
    };
  },
};

const total: Check = {
  id: 'shared-total',
  title: 'Main sees every addition the workers made (the counter reaches the expected total)',
  evaluate(view) {
    const p = probeOf(view);
    if (!p) return { status: 'fail', message: NO_PROBE };
    if (!p.works) return { status: 'undecided', message: 'Shared memory does not work in this runtime (see the probe check), so the total cannot be judged here.' };
    const line = view.stdout.find((l) => TOTAL.test(l.text));
    if (!line) return { status: 'fail', message: 'No “main: the counter reads …, expected …” line was printed. Keep the last line of main.ts.' };
    const m = TOTAL.exec(line.text)?.groups ?? {};
    const value = Number(m.value);
    const expected = Number(m.expected);
    if (value === expected) return { status: 'pass', message: `The counter reads ${value}: not one addition was lost.` };
    const unfinished = workers.spans(view).filter((s) => s.end === null || s.end.index > line.index);
    if (unfinished.length > 0) {
      return {
        status: 'fail',
        message: `Main read ${value} before worker ${unfinished.map((s) => s.task).join(' and ')} had finished counting. Await the workers first: await Promise.all(NAMES.map((name) => runWorker(name, counter))).`,
      };
    }
    if (value === 0) {
      return {
        status: 'fail',
        message: `The counter reads 0 although the workers counted to ${expected} between them: each worker counted in its own copy. workerData (like every message) is copied, except the memory of a SharedArrayBuffer. Make the counter new Int32Array(new SharedArrayBuffer(4)), add with Atomics.add(counter, 0, 1), and read it with Atomics.load(counter, 0).`,
      };
    }
    if (value < expected) {
      return {
        status: 'fail',
        message: `The counter reads ${value}: ${expected - value} additions were lost. Two threads ran counter[0]++ at the same moment: both read the same old value, and one write undid the other. Use Atomics.add(counter, 0, 1), which does the read, the add and the write as one step.`,
      };
    }
    return { status: 'fail', message: `The counter reads ${value}, more than the ${expected} additions the workers were asked to make. Does each worker add exactly \`times\` times, and does the counter start at 0?` };
  },
};

/** A check that only means something where shared memory works: elsewhere it cannot decide. */
function whereSharingWorks(check: Check): Check {
  return {
    ...check,
    evaluate(view) {
      const p = probeOf(view);
      if (p && !p.works) return { status: 'undecided', message: 'Shared memory does not work in this runtime (see the probe check), so the program skips the workers and this cannot be judged here.' };
      return check.evaluate(view);
    },
  };
}

export default defineChecks({
  timeline: workers.patterns,
  checks: [
    exitsWith(0),
    probe,
    whereSharingWorks(workers.allFinish()),
    whereSharingWorks(workers.same('pid', { id: 'one-process', title: 'The workers run in one process (same pid)' })),
    whereSharingWorks(workers.distinct('thread', { id: 'own-threads', title: 'Each worker runs on a thread of its own (distinct threadIds)' })),
    total,
    noStderr(),
  ],
});
