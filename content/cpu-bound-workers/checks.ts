import { defineChecks, notObserved, observedCpuTime, exitsWith, findSpans, noStderr, ratioToBaseline, type Check, type RunView, type TaskPatterns, type TaskSpan } from '#checks';

// The lines every job prints (jobs.ts) and the lines main prints per round. Keep them as they are.
const JOBS: TaskPatterns = {
  kind: 'thread',
  start: /^job \[(?<task>[^\]]+)\] started on thread (?<thread>\d+)$/,
  end: /^job \[(?<task>[^\]]+)\] finished on thread (?<thread>\d+): (?<primes>\d+) primes in (?<ms>\d+) ms$/,
};
const MAIN_TIME = /^round \d+: main thread took (?<ms>\d+) ms$/;
const WORKERS_TIME = /^round \d+: 2 workers took (?<ms>\d+) ms$/;
const CORES = /^cores available: (?<cores>\d+)$/;
const ROUNDS = [1, 2, 3];

const useWorkers = 'In step 2, run each job with runInWorker(name) and wait for both together: await Promise.all([runInWorker(...), runInWorker(...)]).';

type Round = { round: number; a: TaskSpan | undefined; b: TaskSpan | undefined };

function workerRounds(view: RunView): Round[] {
  const spans = findSpans(view, JOBS);
  return ROUNDS.map((round) => ({
    round,
    a: spans.find((s) => s.task === `round ${round} workers A`),
    b: spans.find((s) => s.task === `round ${round} workers B`),
  }));
}

/** Both of a round's worker jobs started before either one ended, judged from line order. */
function overlapped({ a, b }: Round): boolean {
  if (!a?.end || !b?.end) return false;
  const firstEnd = Math.min(a.end.index, b.end.index);
  return a.start.index < firstEnd && b.start.index < firstEnd;
}

const overlap: Check = {
  id: 'workers-overlap',
  title: 'In step 2 the two jobs run at the same time (both start before either ends)',
  messages: {
    noRound: 'No round printed both “job [round N workers A]” and “job [round N workers B]” from start to finish. Keep the job names as they are in main.ts.',
    together: 'The two worker jobs ran at the same time in {good} of {rounds} rounds (rounds {which}).',
    inTurn: 'In every round, job B started only after job A had finished: the two jobs ran one after the other. {useWorkers}',
    useWorkers,
  },
  evaluate(view, { say }) {
    const rounds = workerRounds(view);
    const missing = rounds.filter((r) => !r.a?.end || !r.b?.end);
    if (missing.length === rounds.length) {
      return { status: 'fail', message: say('noRound') };
    }
    const good = rounds.filter(overlapped);
    if (good.length > 0) {
      return { status: 'pass', message: say('together', { good: good.length, rounds: rounds.length, which: good.map((r) => r.round).join(', ') }) };
    }
    return {
      status: 'fail',
      message: say('inTurn', { useWorkers: say('useWorkers') }),
    };
  },
};

const onWorkerThreads: Check = {
  id: 'worker-threads',
  title: 'In step 2 each job runs on a worker thread of its own (threadId other than 0)',
  messages: {
    noLine: 'No “job [round N workers …] started on thread …” line was printed. Keep the job names as they are in main.ts.',
    onMain: '{count} of the step-2 jobs reported thread 0, the main thread (e.g. “{job}”): that work never left main. {useWorkers}',
    useWorkers,
    shared: 'Two step-2 jobs reported the same threadId: each job needs a worker of its own. Call runInWorker once per job.',
    own: 'Every step-2 job ran on its own worker thread (threads {threads}).',
  },
  evaluate(view, { say }) {
    const spans = workerRounds(view).flatMap((r) => [r.a, r.b]).filter((s): s is TaskSpan => s !== undefined);
    if (spans.length === 0) return { status: 'fail', message: say('noLine') };
    const onMain = spans.filter((s) => s.fields.thread === '0');
    if (onMain.length > 0) {
      return {
        status: 'fail',
        message: say('onMain', { count: onMain.length, job: `${onMain[0]?.task}`, useWorkers: say('useWorkers') }),
      };
    }
    const threads = new Set(spans.map((s) => s.fields.thread));
    if (threads.size < spans.length) {
      return { status: 'fail', message: say('shared') };
    }
    return { status: 'pass', message: say('own', { threads: [...threads].join(', ') }) };
  },
};

/**
 * The speed-up, as an observation about this machine. The same CPU work is timed on the main thread
 * and in two workers in the same run; the best of three rounds counts (ratioToBaseline: pass at
 * 0.85× or less, fail at 0.9× or more, undecided between). It fails only when the step-2 jobs never
 * overlapped: then there was nothing parallel to measure, and any gain is noise. When they did
 * overlap yet were not faster, the cores were busy with other programs, or there is only one core:
 * not the learner's mistake, so the check says it could not decide instead of failing.
 */
const ratio = ratioToBaseline({
  id: 'cpu-speed-up',
  title: 'CPU speed-up on this machine: 2 workers vs the main thread alone (best of 3)',
  measured: WORKERS_TIME,
  baseline: MAIN_TIME,
  passAtMost: 0.85,
  failAtLeast: 0.9,
  cores: CORES,
  hint: useWorkers,
});
function best(view: RunView, pattern: RegExp): number | null {
  const values = view.stdout.map((l) => Number(pattern.exec(l.text)?.groups?.ms)).filter((n) => Number.isFinite(n) && n > 0);
  return values.length > 0 ? Math.min(...values) : null;
}

const speedUp: Check = {
  id: ratio.id,
  title: ratio.title,
  messages: {
    useWorkers,
    facts: 'Best times: 2 workers {measured} ms, the main thread alone {baseline} ms, a ratio of {ratio}×',
    neverTogether: '{facts}. But the two step-2 jobs never ran at the same time, so there was no parallel work to measure: any gain is noise. {useWorkers}',
    oneCore: '{verdict} The two workers still ran at the same time, taking turns on that core, so there is nothing to fix: on a computer with two or more cores they take about half the time.',
    busy: '{facts}. The workers did run at the same time, yet were not clearly faster (0.85× or less): other programs were keeping the cores busy during this run. Nothing to fix in your code; run again when the computer is quieter.',
  },
  evaluate(view, context) {
    const { say } = context;
    // ratioToBaseline's hint is this lesson's useWorkers: give it through this check's own messages.
    const verdict = ratio.evaluate(view, { ...context, hint: (text) => (text === undefined ? undefined : say('useWorkers')) });
    const measured = best(view, WORKERS_TIME);
    const baseline = best(view, MAIN_TIME);
    // No time lines at all: ratioToBaseline's own message says which line is missing.
    if (measured === null || baseline === null) return verdict;
    const facts = say('facts', { measured, baseline, ratio: (measured / baseline).toFixed(2) });
    if (!workerRounds(view).some(overlapped)) {
      if (verdict.status === 'fail') return verdict;
      return {
        status: 'fail',
        message: say('neverTogether', { facts, useWorkers: say('useWorkers') }),
      };
    }
    if (verdict.status === 'pass') return verdict;
    // The machine's one core, read as ratioToBaseline reads it (its message is in the report's language).
    const cores = Number(view.stdout.map((l) => CORES.exec(l.text)?.groups?.cores).find((c) => c !== undefined));
    if (verdict.status === 'undecided' && cores === 1) {
      return { status: 'undecided', message: say('oneCore', { verdict: verdict.message }) };
    }
    return {
      status: 'undecided',
      message: say('busy', { facts }),
    };
  },
};

/**
 * Each round's "2 workers took N ms" line reports work that was over: it comes after both of that
 * round's worker jobs printed their end lines, and N is at least what the longer of the two says it
 * took. Catches a report printed while the workers still run (a Promise.all nobody awaited), which
 * otherwise reads as a 0.00× "speed-up".
 */
const reportsFollowJobs: Check = {
  id: 'reports-follow-jobs',
  title: 'Each round reports the workers\' time only after both worker jobs have finished',
  messages: {
    both: 'both of its worker jobs',
    one: 'one of its worker jobs',
    tooSoon: '“{line}” was printed before {which} had finished: the time was read while the workers were still counting. Await the Promise.all of the two runInWorker calls before reading the clock.',
    tooShort: '“{line}”, but its longer worker job says it took {longest} ms by itself: the round cannot be shorter than its longest job. Start the clock before starting the workers and read it after awaiting both.',
    after: "Every round reported the workers' time after both jobs had finished.",
  },
  evaluate(view, { say }) {
    const rounds = workerRounds(view);
    for (const { round, a, b } of rounds) {
      const report = view.stdout.find((l) => new RegExp(`^round ${round}: 2 workers took (\\d+) ms$`).test(l.text));
      if (!report) continue;
      const unfinished = [a, b].filter((s) => !s?.end || s.end.index > report.index);
      if (unfinished.length > 0) {
        return {
          status: 'fail',
          message: say('tooSoon', { line: report.text, which: say(unfinished.length === 2 ? 'both' : 'one') }),
        };
      }
      const reported = Number(/(\d+) ms$/.exec(report.text)?.[1]);
      const longest = Math.max(...[a, b].map((s) => Number(s?.fields.ms ?? 0)));
      if (reported < 0.8 * longest) {
        return {
          status: 'fail',
          message: say('tooShort', { line: report.text, longest }),
        };
      }
    }
    return { status: 'pass', message: say('after') };
  },
};

/**
 * A job's lines tell the truth about its time: its end line was written at least as long after its
 * start line as the milliseconds it claims (both wall-clock times, so a busy machine cannot skew one
 * against the other). Lines printed a millisecond apart that claim 400 ms of work fail.
 */
const jobsTookTheirTime: Check = {
  id: 'jobs-took-their-time',
  title: 'Each job\'s lines are as far apart as the time it reports',
  messages: {
    tooClose: 'Job [{job}] says it took {claimed} ms, but its end line was written {apart} ms after its start line. Let runJob do the counting and time it; do not print its lines yourself.',
    apart: "Every job's end line came as long after its start line as it said.",
  },
  evaluate(view, { say }) {
    for (const span of findSpans(view, JOBS)) {
      if (!span.end) continue;
      const claimed = Number(span.fields.ms);
      const apart = span.end.t - span.start.t;
      if (Number.isFinite(claimed) && apart < 0.8 * claimed - 20) {
        return {
          status: 'fail',
          message: say('tooClose', { job: span.task, claimed, apart: Math.round(apart) }),
        };
      }
    }
    return { status: 'pass', message: say('apart') };
  },
};

/**
 * The reported work was really done (observed CPU time): at least 0.3 × the milliseconds the jobs
 * claim. The claims are wall time, and on a machine busy with other programs a CPU-bound job gets
 * only a share of a core, so below that share the run cannot decide unless the CPU time is under
 * what starting Node and the workers costs by itself; a program that prints or sleeps instead of
 * counting uses no more than that.
 */
const CLAIMED = /^job \[[^\]]+\] finished on thread \d+: \d+ primes in (?<ms>\d+) ms$/;
const workDone: Check = {
  id: 'work-done',
  title: 'The jobs really count primes (observed CPU time)',
  messages: {
    noClaim: 'No job printed how long it took: keep runJob as it is.',
    notMeasured: 'The CPU time could not be measured (the program did not end by itself). Run it again.',
    facts: 'The jobs reported {claimed} ms of counting; the program used {used} ms of CPU time',
    done: '{facts}.',
    busy: '{facts}: other programs kept the cores busy, so this run cannot tell. Run it again.',
    notDone: '{facts}: the reported work was not done. Keep runJob and countPrimes as they are.',
  },
  evaluate(view, { say }) {
    const claimed = view.stdout.map((l) => Number(CLAIMED.exec(l.text)?.groups?.ms)).filter((n) => Number.isFinite(n)).reduce((a, b) => a + b, 0);
    if (claimed === 0) return { status: 'fail', message: say('noClaim') };
    const used = observedCpuTime(view, 'all');
    if (!used) return notObserved('the CPU time it used');
    if (used.measured === 0) return { status: 'undecided', message: say('notMeasured') };
    const facts = say('facts', { claimed, used: Math.round(used.ms) });
    if (used.ms >= 0.3 * claimed) return { status: 'pass', message: say('done', { facts }) };
    // CPU time does not grow with the load, the claimed wall time does: above what starting Node and
    // six workers costs by itself (about a second), a low share means a busy machine, not a fake.
    if (used.ms >= 1000) return { status: 'undecided', message: say('busy', { facts }) };
    return { status: 'fail', message: say('notDone', { facts }) };
  },
};

// The timeline draws round 1 only: four lanes stay readable, and every round has the same shape.
const ROUND_1: TaskPatterns = {
  kind: 'thread',
  start: /^job \[round 1 (?<task>main [AB]|workers [AB])\] started on thread (?<thread>\d+)$/,
  end: /^job \[round 1 (?<task>main [AB]|workers [AB])\] finished on thread (?<thread>\d+)/,
};

export default defineChecks({
  timeline: ROUND_1,
  checks: [
    exitsWith(0),
    overlap,
    onWorkerThreads,
    speedUp,
    reportsFollowJobs,
    jobsTookTheirTime,
    workDone,
    noStderr(),
  ],
});
