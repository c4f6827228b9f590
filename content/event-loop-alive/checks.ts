import { defineChecks, exitsWith, printsLines, taskSet, type Check } from '../../src/grader/index.ts';

const replies = taskSet({
  kind: 'coroutine',
  start: /^waiting for (?<task>\w+), about (?<seconds>\d+(?:\.\d+)?) s$/,
  end: /^reply from (?<task>\w+) arrived/,
  expected: ['A', 'B'],
  noun: 'reply',
});

const resolveIt = 'In waitForReply, call resolve(reply) inside the timer callback, once the reply has arrived.';

/** Exit code 13 is Node's own verdict on a top-level await that nothing can ever settle. */
const settles: Check = {
  id: 'top-level-await-settles',
  title: 'The top-level await gets its answer (no exit code 13)',
  evaluate({ run, lines }) {
    const warning = lines.find((l) => /unsettled top-level await/i.test(l.text));
    if (run.exit.code !== 13 && !warning) return { status: 'pass', message: 'main.ts got past every top-level await.' };
    return {
      status: 'fail',
      message:
        'Node ended the program with exit code 13 and the warning “Detected unsettled top-level await”: main.ts was still awaiting ' +
        'Promise.all when nothing was left that could ever settle it (no pending timer, no open connection). A pending promise does ' +
        `not keep Node running by itself. The replies did arrive, but nobody told the promises. ${resolveIt}`,
    };
  },
};

/** The program stops on its own once its work is done: no timer left behind keeps it alive. */
const endsByItself: Check = {
  id: 'ends-by-itself',
  title: 'The program ends by itself once its work is done',
  evaluate({ run, stdout }) {
    if (run.exit.reason !== 'timeout') return { status: 'pass', message: `It ended by itself (${run.exit.reason === 'exited' ? `exit code ${run.exit.code}` : run.exit.reason}).` };
    const done = stdout.find((l) => /^main: done/.test(l.text));
    const beats = done ? stdout.filter((l) => l.index > done.index && /^heartbeat/.test(l.text)).length : 0;
    const after = done ? ` It printed ${beats} heartbeat(s) after “main: done”.` : '';
    return {
      status: 'fail',
      message:
        `The program was still running when the time limit stopped it.${after} A pending setInterval keeps Node alive for as long as it exists: ` +
        'call heartbeat.unref() so it never holds the program open (or clearInterval(heartbeat) once the work is done).',
    };
  },
};

export default defineChecks({
  timeline: replies.patterns,
  checks: [
    settles,
    endsByItself,
    exitsWith(0, { hint: 'Exit code 13 means an await at the top level was left waiting forever; a time limit means something kept Node running.' }),
    replies.allFinish(),
    replies.overlap({ hint: 'Keep the Promise.all: both requests go out before either is awaited.' }),
    printsLines([/^main: asking A and B$/, /^reply from B arrived/, /^main: replies \["hello from A","hello from B"\]/, /^main: done/], {
      id: 'main-gets-replies',
      title: 'main receives both replies, then finishes',
      inOrder: true,
      hint: `main prints its replies only once Promise.all settles. ${resolveIt}`,
    }),
    printsLines([/^main: done/, /^background: log saved/], {
      id: 'background-finishes',
      title: 'Node waits for the background save: “log saved” comes after “main: done”',
      inOrder: true,
      hint: 'Let the program end by itself: Node waits for the save\'s pending timer before it exits. process.exit() would drop it half-way.',
    }),
  ],
});
