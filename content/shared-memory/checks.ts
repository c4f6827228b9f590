import { defineChecks, exitsWith, noStderr, observedWorkers, taskSet, type Check, type RunView } from '#checks';

// The lines the program prints. Keep them as they are: the checks read them.
const PROBE = /^probe: Atomics in a worker (?<verdict>works|does not work) here(?: \((?<why>.*)\))?$/;
const ROUND = /^(?<mode>plain|atomic) round (?<round>\d+): the counter reads (?<value>-?\d+), expected (?<expected>\d+)$/;

// One span per worker per round, e.g. task "plain-2-A"; main.ts runs 5 plain rounds and 3 atomic ones.
const EXPECTED = (['plain', 'atomic'] as const).flatMap((mode) =>
  Array.from({ length: mode === 'plain' ? 5 : 3 }, (_, i) => ['A', 'B'].map((name) => `${mode}-${i + 1}-${name}`)).flat(),
);
const workers = taskSet({
  kind: 'thread',
  start: /^worker (?<task>(?:plain|atomic)-\d+-\w+) started \(pid (?<pid>\d+), thread (?<thread>\d+)\)$/,
  end: /^worker (?<task>(?:plain|atomic)-\d+-\w+) finished \(pid (?<pid>\d+), thread (?<thread>\d+)\)$/,
  expected: EXPECTED,
  noun: 'worker',
});

type Probe = { works: boolean; why: string } | null;
type Round = { mode: 'plain' | 'atomic'; round: string; value: number; expected: number; index: number };

function probeOf(view: RunView): Probe {
  for (const line of view.stdout) {
    const m = PROBE.exec(line.text)?.groups;
    if (m) return { works: m.verdict === 'works', why: m.why ?? '' };
  }
  return null;
}

function roundsOf(view: RunView, mode: Round['mode']): Round[] {
  return view.stdout.flatMap((l) => {
    const m = ROUND.exec(l.text)?.groups;
    if (!m || m.mode !== mode) return [];
    return [{ mode, round: m.round ?? '', value: Number(m.value), expected: Number(m.expected), index: l.index }];
  });
}

const NO_PROBE = 'No “probe: …” line was printed. Keep the first lines of main.ts, which ask probe.ts whether this runtime can share memory with workers.';
const UNDECIDED = 'Shared memory does not work in this runtime (see the probe check), so the program skips the workers and this cannot be judged here.';

/**
 * Shared memory between threads is not available everywhere: browsers allow SharedArrayBuffer only
 * on cross-origin-isolated pages, and in-browser Node runtimes have supported Atomics only in part.
 * When the probe says it does not work, the lesson cannot be judged here: undecided, never a failure.
 */
const probe: Check = {
  id: 'atomics-probe',
  title: 'This runtime can share memory with workers (SharedArrayBuffer and Atomics)',
  // Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.
  messages: {
    noProbe: NO_PROBE,
    works: 'A worker added 1 with Atomics, and the main thread saw it.',
    notHere:
      'The probe says shared memory does not work in this runtime ({why}). That is a limit of where the code runs, not a mistake in it: this lesson cannot be judged here. Run it with Node.js on your own computer.',
  },
  evaluate(view, { say }) {
    const p = probeOf(view);
    if (!p) return { status: 'fail', message: say('noProbe') };
    if (p.works) return { status: 'pass', message: say('works') };
    return { status: 'undecided', message: say('notHere', { why: p.why }) };
  },
};

/** A check that only means something where shared memory works: elsewhere it cannot decide. */
function whereSharingWorks(check: Check): Check {
  return {
    ...check,
    messages: { ...check.messages, noProbe: NO_PROBE, undecided: UNDECIDED },
    evaluate(view, context) {
      const p = probeOf(view);
      if (!p) return { status: 'fail', message: context.say('noProbe') };
      if (!p.works) return { status: 'undecided', message: context.say('undecided') };
      return check.evaluate(view, context);
    },
  };
}

/** Every round's total is read after both of that round's workers have finished counting. */
const readAfterWorkers = whereSharingWorks({
  id: 'read-after-workers',
  title: "Main reads each round's counter only after both of its workers have finished",
  messages: {
    noRound: 'No “plain round …: the counter reads …” line was printed. Keep the line main prints after each round.',
    tooSoon:
      "Main printed “{mode} round {round}” before both of that round's workers had printed their finished line: it read the counter while they were still counting, or before they began. Wait for the round's workers to exit before reading the counter.",
    after: 'All {count} rounds were read after both of their workers had finished.',
  },
  evaluate(view, { say }) {
    const rounds = [...roundsOf(view, 'plain'), ...roundsOf(view, 'atomic')];
    if (rounds.length === 0) return { status: 'fail', message: say('noRound') };
    const spans = workers.spans(view);
    for (const r of rounds) {
      const mine = spans.filter((s) => s.task.startsWith(`${r.mode}-${r.round}-`));
      const late = mine.filter((s) => s.end === null || s.end.index > r.index);
      if (mine.length < 2 || late.length > 0) {
        return {
          status: 'fail',
          message: say('tooSoon', { mode: r.mode, round: r.round }),
        };
      }
    }
    return { status: 'pass', message: say('after', { count: rounds.length }) };
  },
});

/**
 * The two workers of every round count at the same time: both print their start line before either
 * prints its end line. Workers run one after the other never race, so a total that loses nothing
 * would prove nothing about Atomics.
 */
const roundsOverlap = whereSharingWorks({
  id: 'rounds-overlap',
  title: 'The two workers of a round count at the same time (one after the other races nothing)',
  messages: {
    noLine: 'No “worker … started (pid …, thread …)” line was printed: keep the lines worker.ts prints.',
    inTurn:
      'In {apart} of {rounds} rounds ({which}) one worker started only after the other had finished: the two workers ran one after the other, so nothing could race and no total proves anything. Start both workers of a round, then wait for both (Promise.all).',
    heldUp: ' (not in {which}: a busy machine held one worker up)',
    together: 'In {together} of {rounds} rounds both workers were counting at the same time{note}.',
  },
  evaluate(view, { say }) {
    const spans = workers.spans(view);
    const byRound = new Map<string, typeof spans>();
    for (const s of spans) {
      const key = s.task.replace(/-\w+$/, '');
      byRound.set(key, [...(byRound.get(key) ?? []), s]);
    }
    if (byRound.size === 0) return { status: 'fail', message: say('noLine') };
    // Judged over all rounds: on a busy machine one worker can be held up for a moment and miss its
    // partner in a round or two; workers run one after the other miss it in every round.
    const apart: string[] = [];
    for (const [round, pair] of byRound) {
      const firstEnd = Math.min(...pair.map((s) => s.end?.index ?? Number.POSITIVE_INFINITY));
      if (pair.length < 2 || pair.some((s) => s.start.index > firstEnd)) apart.push(round.replace('-', ' '));
    }
    if (apart.length > byRound.size / 2) {
      return {
        status: 'fail',
        message: say('inTurn', { apart: apart.length, rounds: byRound.size, which: apart.join(', ') }),
      };
    }
    const note = apart.length > 0 ? say('heldUp', { which: apart.join(', ') }) : '';
    return { status: 'pass', message: say('together', { together: byRound.size - apart.length, rounds: byRound.size, note }) };
  },
});

/** The plain rounds show the race: the counter is shared (not 0) and some additions were lost. */
const raceShows = whereSharingWorks({
  id: 'race-shows',
  title: 'The plain rounds count in shared memory, and the race loses additions there',
  messages: {
    noRound: 'No “plain round …: the counter reads …” line was printed. Keep the line main prints after each round.',
    copies:
      'In every plain round the counter reads 0, although the workers made {expected} additions between them: each worker counted in a copy of its own. workerData is copied like any message; only the memory of a SharedArrayBuffer is handed over instead of copied. Count in an Int32Array view of one, in main and in the workers.',
    over: 'Plain round {round} read {value}, more than the {expected} additions made: does each worker add exactly `times` times, and does the counter start at 0 each round?',
    tooLow: 'The plain rounds read {values} of {expected}: less than a quarter each time, so more is missing than a race can lose. Does each worker count in the same shared counter?',
    lost:
      "The plain rounds read {values} of {expected}: {short} of {rounds} lost additions. Both workers read the same old value and one write undid the other; often one worker's whole count was lost, because the engine kept the counter in a register and wrote it back at the end.",
    byMessages:
      'Every plain round reached exactly {expected}, and the workers sent their results to main as messages: main added up the messages instead of reading the counter the workers share, so the race cannot show. Let each worker add into the shared Int32Array and have main read that, with no messages.',
    exact:
      'Every plain round reached exactly {expected}: either the two workers never counted at the same moment (run again), or the plain rounds do not use plain ++ on the shared counter (an atomic step never loses anything, so there is no race to see).',
  },
  evaluate(view, { say }) {
    const rounds = roundsOf(view, 'plain');
    if (rounds.length === 0) return { status: 'fail', message: say('noRound') };
    const expected = rounds[0]?.expected ?? 0;
    const half = expected / 2;
    if (rounds.every((r) => r.value === 0)) {
      return {
        status: 'fail',
        message: say('copies', { expected }),
      };
    }
    const over = rounds.find((r) => r.value > r.expected);
    if (over) return { status: 'fail', message: say('over', { round: over.round, value: over.value, expected: over.expected }) };
    const short = rounds.filter((r) => r.value > 0 && r.value < r.expected);
    const lostFacts = rounds.map((r) => `${r.value}`).join(', ');
    if (short.length > 0) {
      const tooLow = rounds.filter((r) => r.value > 0 && r.value < half / 2);
      if (tooLow.length === rounds.length) {
        return { status: 'fail', message: say('tooLow', { values: lostFacts, expected }) };
      }
      return {
        status: 'pass',
        message: say('lost', { values: lostFacts, expected, short: short.length, rounds: rounds.length }),
      };
    }
    // Exact every time although the workers counted together (see rounds-overlap): if they also sent
    // messages to main, the total came from adding those up, not from the shared counter.
    const posted = (observedWorkers(view) ?? []).filter((w) => w.lastPostAt !== undefined && w.threadId > 0);
    if (posted.length >= rounds.length) {
      return {
        status: 'fail',
        message: say('byMessages', { expected }),
      };
    }
    return {
      status: 'undecided',
      message: say('exact', { expected }),
    };
  },
});

/** The atomic rounds lose nothing. */
const atomicExact = whereSharingWorks({
  id: 'atomic-exact',
  title: 'The atomic rounds lose no addition: the counter reaches the expected total every time',
  messages: {
    noRound: 'No “atomic round …: the counter reads …” line was printed. Keep the line main prints after each round.',
    exact: 'All {count} atomic rounds read {expected}: not one addition was lost.',
    copies: 'Atomic round {round} reads 0 of {expected}: the workers counted in copies of their own. The counter must live in a SharedArrayBuffer for its changes to reach main.',
    lost: 'Atomic round {round} reads {value} of {expected}: {lost} additions were lost. Sharing memory does not make two threads take turns: a read-add-write can still be cut in two. Use the Atomics operation that adds as one indivisible step.',
    over: 'Atomic round {round} reads {value}, more than the {expected} additions made: does each worker add exactly `times` times?',
  },
  evaluate(view, { say }) {
    const rounds = roundsOf(view, 'atomic');
    if (rounds.length === 0) return { status: 'fail', message: say('noRound') };
    const wrong = rounds.filter((r) => r.value !== r.expected);
    if (wrong.length === 0) return { status: 'pass', message: say('exact', { count: rounds.length, expected: `${rounds[0]?.expected}` }) };
    const r = wrong[0] as Round;
    if (r.value === 0) {
      return { status: 'fail', message: say('copies', { round: r.round, expected: r.expected }) };
    }
    if (r.value < r.expected) {
      return {
        status: 'fail',
        message: say('lost', { round: r.round, value: r.value, expected: r.expected, lost: r.expected - r.value }),
      };
    }
    return { status: 'fail', message: say('over', { round: r.round, value: r.value, expected: r.expected }) };
  },
});

export default defineChecks({
  timeline: workers.patterns,
  checks: [
    exitsWith(0),
    probe,
    readAfterWorkers,
    roundsOverlap,
    whereSharingWorks(workers.same('pid', { id: 'one-process', title: 'The workers run in one process (same pid)' })),
    whereSharingWorks(workers.distinct('thread', { id: 'own-threads', title: 'Each worker runs on a thread of its own (distinct threadIds)' })),
    raceShows,
    atomicExact,
    noStderr(),
  ],
});
