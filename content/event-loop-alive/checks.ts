import { defineChecks, exitsWith, printsLines, taskSet, type Check } from '#checks';

const replies = taskSet({
  kind: 'coroutine',
  start: /^waiting for (?<task>\w+), about (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^reply from (?<task>\w+) arrived/,
  expected: ['A', 'B'],
  noun: 'request',
});

const WATCH = /^watcher: /;
const DONE = /^main: done/;
const SAVED = /^background: log saved/;
/** The program may take this long to exit after its last piece of real work (a loaded machine is slow to tear down). */
const EXIT_SLACK_MS = 700;

const notAReason =
  'The watcher should tick while the program works and never be the reason it keeps running: a timer can be told not to count ' +
  '(unref it, or pass { ref: false } to sleep), or the watcher can be cancelled with an AbortSignal when main is done.';

// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.

/** Exit code 13 is Node's own verdict on a top-level await that nothing can ever settle. */
const settles: Check = {
  id: 'top-level-await-settles',
  title: 'The top-level await gets its answer (no exit code 13)',
  messages: {
    ok: 'main.ts got past every top-level await.',
    stuck:
      'Node ended the program with exit code 13 (“Detected unsettled top-level await”): main.ts was still awaiting a promise when nothing ' +
      'was left that could ever settle it. A pending promise does not keep Node running by itself: look for a resolve that is never called.',
  },
  evaluate({ run, lines }, { say }) {
    const warning = lines.find((l) => /unsettled top-level await/i.test(l.text));
    if (run.exit.code !== 13 && !warning) return { status: 'pass', message: say('ok') };
    return { status: 'fail', message: say('stuck') };
  },
};

/** The program stops on its own: the watcher's pending timer does not hold it open. */
const endsByItself: Check = {
  id: 'ends-by-itself',
  title: 'The program ends by itself once its work is done',
  messages: {
    ended: 'It ended by itself ({how}).',
    exitCode: 'exit code {code}',
    ticksAfter: ' The watcher ticked {ticks} time(s) after “main: done”.',
    timeLimit: `The program was still running when the time limit stopped it.{after} A pending timer keeps Node alive, and the watcher always has one. ${notAReason}`,
  },
  evaluate({ run, stdout }, { say }) {
    if (run.exit.reason !== 'timeout') {
      return { status: 'pass', message: say('ended', { how: run.exit.reason === 'exited' ? say('exitCode', { code: String(run.exit.code) }) : run.exit.reason }) };
    }
    const done = stdout.find((l) => DONE.test(l.text));
    const ticks = done ? stdout.filter((l) => l.index > done.index && WATCH.test(l.text)).length : 0;
    return { status: 'fail', message: say('timeLimit', { after: done ? say('ticksAfter', { ticks }) : '' }) };
  },
};

/** The watcher did its job while main worked: it was started, and not stopped before the work began. */
const watcherTicks: Check = {
  id: 'watcher-ticks',
  title: 'The watcher keeps ticking while main works (at least twice before “main: done”)',
  messages: {
    noDone: 'main never printed “main: done”.',
    ok: 'The watcher ticked {ticks} times while main worked.',
    few:
      'The watcher ticked {ticks} time(s) before “main: done”; main works for 1.5 s and the watcher ticks every 0.5 s. ' +
      'Removing or stopping the watcher ends the program, but loses what it was for. Keep it running and make it not count.',
  },
  evaluate({ stdout }, { say }) {
    const done = stdout.find((l) => DONE.test(l.text));
    if (!done) return { status: 'fail', message: say('noDone') };
    const ticks = stdout.filter((l) => l.index < done.index && WATCH.test(l.text)).length;
    if (ticks >= 2) return { status: 'pass', message: say('ok', { ticks }) };
    return { status: 'fail', message: say('few', { ticks }) };
  },
};

/**
 * Graded on the exit the runtime observed: the process ended soon after the log was saved, the last
 * thing that had to happen. Both times are ms since the process started, as the runtime measured them.
 */
const exitsPromptly: Check = {
  id: 'exits-promptly',
  title: `The program exits right after the log is saved (within ${EXIT_SLACK_MS / 1000} s)`,
  messages: {
    noSave: 'No “background: log saved” line: the save did not finish, so there is no moment to measure the exit from.',
    stopped: 'The runtime stopped the program ({reason}) instead of it ending by itself.',
    prompt: 'The process exited {late} s after the log was saved.',
    late: `The process exited {late} s after the log was saved: something kept it alive with no work left to do. ${notAReason}`,
  },
  evaluate({ run, stdout }, { say }) {
    const saved = stdout.find((l) => SAVED.test(l.text));
    if (!saved) return { status: 'fail', message: say('noSave') };
    if (run.exit.reason !== 'exited') return { status: 'fail', message: say('stopped', { reason: run.exit.reason }) };
    const late = run.exit.durationMs - saved.t;
    if (late <= EXIT_SLACK_MS) return { status: 'pass', message: say('prompt', { late: (late / 1000).toFixed(2) }) };
    return { status: 'fail', message: say('late', { late: (late / 1000).toFixed(2) }) };
  },
};

export default defineChecks({
  timeline: replies.patterns,
  checks: [
    settles,
    endsByItself,
    exitsWith(0, { hint: 'A time limit means something kept Node running; exit code 13 means a top-level await waited forever.' }),
    replies.allFinish(),
    replies.overlap({ hint: 'Keep the Promise.all: both requests go out before either is awaited.' }),
    replies.waitsAsReported({ hint: 'Keep waitForReply as it is: each request waits on its own timer.' }),
    printsLines([/^main: asking A and B$/, /^reply from B arrived/, /^main: replies \["hello from A","hello from B"\]/, DONE], {
      id: 'main-gets-replies',
      title: 'main receives both replies, then finishes',
      inOrder: true,
      hint: 'Keep main as it is: it prints its replies once Promise.all settles.',
    }),
    watcherTicks,
    printsLines([DONE, SAVED], {
      id: 'background-finishes',
      title: 'Node waits for the background save: “log saved” comes after “main: done”',
      inOrder: true,
      hint: 'Let the program end by itself: Node waits for the save\'s pending timer before it exits. process.exit() drops it half-way.',
    }),
    exitsPromptly,
  ],
});
