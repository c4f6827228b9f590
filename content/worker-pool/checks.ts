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
  evaluate(view) {
    const spans = findSpans(view, jobs.patterns).filter((s) => s.end);
    if (spans.length === 0) return { status: 'fail', message: 'No “job N done on thread T: …” line was printed: keep runOn as it is.' };
    const threads = [...new Set(spans.map((s) => s.fields.thread ?? ''))];
    if (threads.includes('0')) {
      return { status: 'fail', message: `A job reported thread 0, the main thread: the work never left main. ${reuse}` };
    }
    if (threads.length > POOL_SIZE) {
      return {
        status: 'fail',
        message:
          `${spans.length} jobs ran on ${threads.length} different threads (${threads.join(', ')}), more than the ${POOL_SIZE} the pool may have: ` +
          `new workers were started along the way, each paying tens of milliseconds and megabytes to start. ${reuse}`,
      };
    }
    return { status: 'pass', message: `${spans.length} jobs ran on ${threads.length} worker threads (${threads.join(', ')}).` };
  },
};

/** Each image was moved, not copied: right after postMessage, main's ArrayBuffer is detached (0 bytes). */
const transferred: Check = {
  id: 'buffer-detached',
  title: 'Each image is moved to its worker, not copied: main\'s buffer is empty right after sending',
  evaluate(view) {
    const spans = findSpans(view, jobs.patterns);
    if (spans.length === 0) return { status: 'fail', message: 'No “job N sent to thread T; main\'s buffer now holds …” line was printed: keep runOn as it is.' };
    const kept = spans.filter((s) => s.fields.left !== '0');
    if (kept.length === 0) return { status: 'pass', message: `After each send main's buffer held 0 bytes: all ${spans.length} images were transferred.` };
    const first = kept[0];
    return {
      status: 'fail',
      message:
        `After sending job ${first?.task}, main's buffer still held ${first?.fields.left} bytes: postMessage copied the megabyte, and main kept the original. ` +
        'List the buffer in postMessage\'s second argument, the transfer list: the worker then receives the same memory and main\'s buffer is detached (0 bytes).',
    };
  },
};

/** The worker received the whole image: its byte count and sum (every byte is the job's id). */
const intact: Check = {
  id: 'data-arrives',
  title: 'Each worker receives the whole image (1 MB, every byte equal to the job\'s id)',
  evaluate(view) {
    const spans = findSpans(view, jobs.patterns).filter((s) => s.end);
    if (spans.length === 0) return { status: 'fail', message: 'No “job N done on thread T: …” line was printed.' };
    const wrong = spans.find((s) => Number(s.fields.bytes) !== IMAGE_BYTES || Number(s.fields.sum) !== Number(s.task) * IMAGE_BYTES);
    if (!wrong) return { status: 'pass', message: 'Every worker received its full image.' };
    return {
      status: 'fail',
      message: `Job ${wrong.task}'s worker saw ${wrong.fields.bytes} bytes adding up to ${wrong.fields.sum}, not ${IMAGE_BYTES} bytes adding up to ${Number(wrong.task) * IMAGE_BYTES}. Send the job's own buffer, and send it before anything else uses it.`,
    };
  },
};

/** After main's last line the process ends: the pool's workers were closed, not left waiting for messages. */
const poolClosed: Check = {
  id: 'pool-closed',
  title: 'When the jobs are done, the pool is closed and the program ends',
  evaluate({ stdout, run }) {
    const done = stdout.find((l) => /^main: \d+ jobs done after \d+ ms$/.test(l.text));
    if (!done) return { status: 'fail', message: 'No “main: … jobs done after … ms” line was printed: main never got past the jobs.' };
    if (run.exit.reason === 'exited' || run.exit.reason === 'orphans') return { status: 'pass', message: 'The program ended by itself after its last job.' };
    return {
      status: 'fail',
      message:
        'Main printed its last line, yet the process kept running until it was stopped: a worker listening for messages keeps Node alive. ' +
        'Terminate the pool\'s workers once the queue is empty and every answer is in.',
    };
  },
};

/** The threadIds the job lines name belong to worker threads that really ran (on observed runs). */
const realThreads: Check = {
  id: 'real-threads',
  title: 'The threads the jobs name are worker threads that really ran',
  evaluate(view) {
    const ran = observedWorkers(view);
    if (!ran) return notObserved('which worker threads ran');
    const real = new Set(ran.map((w) => w.threadId));
    const spans = findSpans(view, jobs.patterns);
    for (const s of spans) {
      for (const id of [s.fields.sentTo, s.end ? s.fields.thread : undefined]) {
        if (id === undefined || real.has(Number(id))) continue;
        const seen = real.size === 0 ? 'no worker thread ran at all' : `the workers that ran had threadIds ${[...real].join(', ')}`;
        return { status: 'fail', message: `Job ${s.task}'s lines name thread ${id}, but ${seen}. Print worker.threadId of the worker that got the job, and the threadId the worker reports from inside itself.` };
      }
    }
    return { status: 'pass', message: `Every thread the jobs named was one of the ${real.size} worker threads that ran.` };
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
