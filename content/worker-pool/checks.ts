import { defineChecks, exitsWith, findSpans, noUncaughtRejection, notObserved, observedWorkers, taskSet, type Check } from '#checks';

const POOL_SIZE = 3;
const IMAGE_BYTES = 1024 * 1024;
const IDS = ['1', '2', '3', '4', '5', '6', '7', '8'];

// main.ts prints both lines of a job (a worker's own console output could be cut off when it is
// terminated); the done line carries the threadId the worker reported from inside itself.
const jobs = taskSet({
  kind: 'thread',
  noun: 'job',
  start: /^job (?<task>\d+) sent to thread (?<sentTo>\d+); main's buffer now holds (?<left>\d+) bytes$/,
  end: /^job (?<task>\d+) done on thread (?<thread>\d+): (?<bytes>\d+) bytes, sum (?<sum>\d+)$/,
  expected: IDS,
});

const reuse =
  `Start ${POOL_SIZE} workers once, before any job, and let each of them run job after job: when a worker's answer arrives, send it the next job from a queue they share. Terminate them when the queue is empty.`;

/** The jobs ran on the pool's threads only: at most POOL_SIZE distinct worker threadIds, never the main thread. */
const fewThreads: Check = {
  id: 'pool-threads',
  title: `${IDS.length} jobs run on at most ${POOL_SIZE} worker threads, reused`,
  messages: {
    noLine: 'No “job N done on thread T: …” line was printed: keep runOn as it is.',
    reuse: 'Start {size} workers once, before any job, and let each of them run job after job: when a worker\'s answer arrives, send it the next job from a queue they share. Terminate them when the queue is empty.',
    onMain: 'A job reported thread 0, the main thread: the work never left main. {reuse}',
    tooMany:
      '{jobs} jobs ran on {count} different threads ({threads}), more than the {size} the pool may have: ' +
      'new workers were started along the way, each paying tens of milliseconds and megabytes to start. {reuse}',
    pooled: '{jobs} jobs ran on {count} worker threads ({threads}).',
  },
  evaluate(view, { say }) {
    const spans = findSpans(view, jobs.patterns).filter((s) => s.end);
    if (spans.length === 0) return { status: 'fail', message: say('noLine') };
    const threads = [...new Set(spans.map((s) => s.fields.thread ?? ''))];
    if (threads.includes('0')) {
      return { status: 'fail', message: say('onMain', { reuse: say('reuse', { size: POOL_SIZE }) }) };
    }
    if (threads.length > POOL_SIZE) {
      return {
        status: 'fail',
        message: say('tooMany', { jobs: spans.length, count: threads.length, threads: threads.join(', '), size: POOL_SIZE, reuse: say('reuse', { size: POOL_SIZE }) }),
      };
    }
    return { status: 'pass', message: say('pooled', { jobs: spans.length, count: threads.length, threads: threads.join(', ') }) };
  },
};

/** Each image was moved, not copied: right after postMessage, main's ArrayBuffer is detached (0 bytes). */
const transferred: Check = {
  id: 'buffer-detached',
  title: 'Each image is moved to its worker, not copied: main\'s buffer is empty right after sending',
  messages: {
    noLine: 'No “job N sent to thread T; main\'s buffer now holds …” line was printed: keep runOn as it is.',
    moved: "After each send main's buffer held 0 bytes: all {count} images were transferred.",
    copied:
      "After sending job {job}, main's buffer still held {left} bytes: postMessage copied the megabyte, and main kept the original. " +
      'List the buffer in postMessage\'s second argument, the transfer list: the worker then receives the same memory and main\'s buffer is detached (0 bytes).',
  },
  evaluate(view, { say }) {
    const spans = findSpans(view, jobs.patterns);
    if (spans.length === 0) return { status: 'fail', message: say('noLine') };
    const kept = spans.filter((s) => s.fields.left !== '0');
    if (kept.length === 0) return { status: 'pass', message: say('moved', { count: spans.length }) };
    const first = kept[0];
    return {
      status: 'fail',
      message: say('copied', { job: `${first?.task}`, left: `${first?.fields.left}` }),
    };
  },
};

/** The worker received the whole image: its byte count and sum (every byte is the job's id). */
const intact: Check = {
  id: 'data-arrives',
  title: 'Each worker receives the whole image (1 MB, every byte equal to the job\'s id)',
  messages: {
    noLine: 'No “job N done on thread T: …” line was printed.',
    whole: 'Every worker received its full image.',
    wrong: "Job {job}'s worker saw {bytes} bytes adding up to {sum}, not {expectedBytes} bytes adding up to {expectedSum}. Send the job's own buffer, and send it before anything else uses it.",
  },
  evaluate(view, { say }) {
    const spans = findSpans(view, jobs.patterns).filter((s) => s.end);
    if (spans.length === 0) return { status: 'fail', message: say('noLine') };
    const wrong = spans.find((s) => Number(s.fields.bytes) !== IMAGE_BYTES || Number(s.fields.sum) !== Number(s.task) * IMAGE_BYTES);
    if (!wrong) return { status: 'pass', message: say('whole') };
    return {
      status: 'fail',
      message: say('wrong', { job: wrong.task, bytes: `${wrong.fields.bytes}`, sum: `${wrong.fields.sum}`, expectedBytes: IMAGE_BYTES, expectedSum: Number(wrong.task) * IMAGE_BYTES }),
    };
  },
};

/** After main's last line the process ends: the pool's workers were closed, not left waiting for messages. */
const poolClosed: Check = {
  id: 'pool-closed',
  title: 'When the jobs are done, the pool is closed and the program ends',
  messages: {
    noLine: 'No “main: … jobs done after … ms” line was printed: main never got past the jobs.',
    ended: 'The program ended by itself after its last job.',
    keptRunning:
      'Main printed its last line, yet the process kept running until it was stopped: a worker listening for messages keeps Node alive. ' +
      "Terminate the pool's workers once the queue is empty and every answer is in.",
  },
  evaluate({ stdout, run }, { say }) {
    const done = stdout.find((l) => /^main: \d+ jobs done after \d+ ms$/.test(l.text));
    if (!done) return { status: 'fail', message: say('noLine') };
    if (run.exit.reason === 'exited' || run.exit.reason === 'orphans') return { status: 'pass', message: say('ended') };
    return {
      status: 'fail',
      message: say('keptRunning'),
    };
  },
};

/** The threadIds the job lines name belong to worker threads that really ran (on observed runs). */
const realThreads: Check = {
  id: 'real-threads',
  title: 'The threads the jobs name are worker threads that really ran',
  messages: {
    noneRan: 'no worker thread ran at all',
    ranWith: 'the workers that ran had threadIds {ids}',
    unknown: "Job {job}'s lines name thread {id}, but {seen}. Print worker.threadId of the worker that got the job, and the threadId the worker reports from inside itself.",
    real: 'Every thread the jobs named was one of the {count} worker threads that ran.',
  },
  evaluate(view, { say }) {
    const ran = observedWorkers(view);
    if (!ran) return notObserved('which worker threads ran');
    const real = new Set(ran.map((w) => w.threadId));
    const spans = findSpans(view, jobs.patterns);
    for (const s of spans) {
      for (const id of [s.fields.sentTo, s.end ? s.fields.thread : undefined]) {
        if (id === undefined || real.has(Number(id))) continue;
        const seen = real.size === 0 ? say('noneRan') : say('ranWith', { ids: [...real].join(', ') });
        return { status: 'fail', message: say('unknown', { job: s.task, id, seen }) };
      }
    }
    return { status: 'pass', message: say('real', { count: real.size }) };
  },
};

export default defineChecks({
  timeline: jobs.patterns,
  checks: [
    exitsWith(0),
    poolClosed,
    noUncaughtRejection(),
    jobs.allFinish(),
    fewThreads,
    realThreads,
    jobs.concurrency({
      max: POOL_SIZE,
      min: POOL_SIZE,
      title: `The pool's ${POOL_SIZE} workers run jobs at the same time, never more than ${POOL_SIZE} at once`,
      hint: reuse,
    }),
    transferred,
    intact,
  ],
});
