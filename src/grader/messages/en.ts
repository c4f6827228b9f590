/**
 * The grader's built-in messages in English: every title, verdict and "could not decide" text the
 * check API writes itself. A lesson's own texts (titles, hints, messages) live in its checks.ts and
 * their translations in content/<lesson>/checks.<locale>.yaml (see check-texts.ts).
 *
 * Functions take what the message needs; `n` is how the message calls one task ("process") and
 * several ("processes"), already in the report's language.
 */
export interface Noun {
  one: string;
  many: string;
}

export const en = {
  /** "2.04 s": the unit learners read in the lessons and in Python's article. */
  seconds: (ms: number) => `${(ms / 1000).toFixed(2)} s`,
  /** "A, B and C" */
  list: (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  /** Built-in task nouns (taskSet's `kind` defaults and common lesson nouns), singular and plural. */
  nouns: {} as Record<string, Noun>,
  /** Added to a lesson text shown in English on a page in another language. */
  untranslated: '',
  brokenCheck: (error: string) => `This check could not run (${error}). Please report it to the lesson's author.`,
  runAgain: (reason: string) => `${reason} Run it again.`,
  notObservedCpu: () => notObserved('the CPU time it used'),
  notObservedEnds: (n: Noun) => notObserved(`when its ${n.many} ended`),
  notObservedWaits: (n: Noun) => notObserved(`the waits of the ${n.many}`),

  // program.ts
  noLine: (shape: string) => `No line like ${shape} was printed: keep that line as the starter prints it, and make sure the code that prints it runs.`,
  exitTitle: (code: number) => (code === 0 ? 'The program runs to the end without an error' : `The program exits with code ${code}`),
  stopped: (reason: string) => `The program was stopped (${reason}).`,
  exited: (code: number) => `It exited with code ${code}.`,
  exitedInstead: (actual: string, code: number, printed: string | null) =>
    `It exited with code ${actual} instead of ${code}.${printed === null ? '' : ` It printed ${printed}.`}`,
  signal: (signal: string) => `signal ${signal}`,
  exit13:
    'Exit code 13 means the top-level await was still waiting when nothing else was left to run: main awaited a promise that never settles (a sleep nobody resolves, a lock never released, an event that never comes). Make every promise main awaits settle.',
  codeMistake: 'That is a mistake in the code itself: the error names the line; fix it and run again.',
  readTheError: 'Read the error in Output, fix it, and run again.',
  noStderrTitle: 'Nothing is printed on stderr',
  stderrMerged: 'This runtime merges stderr into stdout, so this check cannot tell them apart here.',
  stderrEmpty: 'stderr stayed empty.',
  stderrLines: (count: number, first: string) => `${count} line(s) went to stderr, the first: ${first}.`,
  found: (line: string) => `Found ${line}.`,
  noRejectionTitle: 'No promise rejection goes uncaught',
  allCaught: 'Every rejected promise was caught.',
  uncaught: (reason: string) =>
    `A promise rejected with ${reason} and nothing caught it, so Node ended the program with exit code 1. Either nobody awaited that promise, or the await that received it had no try/catch.`,
  tooEarly: (line: string, previous: string | undefined) => `${line} came too early: it should come after ${previous ?? 'the line before it'}.`,
  allLines: (count: number, inOrder: boolean) => `All ${count} expected lines were printed${inOrder ? ', in order' : ''}.`,
  printedValue: (value: string) => `It printed ${value}.`,
  wrongValue: (value: string, wanted: string) => `It printed ${value}; expected ${wanted}.`,
  aDifferentValue: 'a different value',
  aNumber: 'a number',
  inTheForm: (shape: string) => `in the form ${shape}`,
  valueNotSet: (line: string, prefix: string, form: string) =>
    `${line} was printed, but what follows ${prefix} is not ${form}: the value printed there never got its result (is it a variable that was not set yet, or a promise that was not awaited?).`,
  printedInOrder: (items: string) => `Printed in order: ${items}.`,
  printedOtherOrder: (seen: string, expected: string) => `Printed ${seen}; expected ${expected}.`,

  // ratio.ts
  ratioFacts: (measured: number, baseline: number, ratio: number) =>
    `Measured ${measured.toFixed(0)} ms against a baseline of ${baseline.toFixed(0)} ms in the same run: ${ratio.toFixed(2)}×`,
  oneCore: (facts: string) => `${facts}. This machine has one core, so nothing can run in parallel here.`,
  ratioPass: (facts: string, most: number) => `${facts} (at most ${most}× expected).`,
  ratioFail: (facts: string, most: number) => `${facts}; at most ${most}× was expected.`,
  ratioClose: (facts: string) => `${facts}: too close to call on a busy machine. Run again.`,

  // observed checks
  noWorkReported: 'No line reported how long the work took.',
  whose: { all: 'the program', workers: 'its worker threads', children: 'its child processes', 'main-thread': 'its main thread' },
  cpuUnmeasured: (whose: string) => `The CPU time of ${whose} could not be measured (nothing of it ended by itself). Run it again.`,
  cpuFacts: (claimed: number, whose: string, used: number) => `The program reported ${claimed.toFixed(0)} ms of work; ${whose} used ${used.toFixed(0)} ms of CPU time`,
  cpuPass: (facts: string) => `${facts}.`,
  cpuFail: (facts: string, where: 'all' | 'workers' | 'children' | 'main-thread') =>
    `${facts}: the reported work was not done there. Do the work ${where === 'all' ? 'for real' : `in ${en.whose[where].replace('its ', 'the ')}`} and report the time it really took.`,
  noReportLine: 'The report line was not printed.',
  tooFewRan: (line: string, ran: number, n: Noun, need: number) =>
    `${line} was printed, but ${ran === 0 ? `no ${n.one}` : `only ${ran} ${ran === 1 ? n.one : n.many}`} ran (at least ${need} expected).`,
  afterEveryEnd: (line: string, n: Noun) => `${line} came after every ${n.one} had finished.`,
  neverFinished: 'never finished',
  finishedAt: (at: string) => `finished at ${at}`,
  beforeEnds: (line: string, at: string, late: number, ran: number, n: Noun, when: string) =>
    `${line} was printed at ${at}, before ${late === ran && ran > 1 ? `all ${ran} ${n.many}` : `${late} ${late === 1 ? n.one : n.many}`} had finished (${when}): the report cannot know results that were not in yet. Wait for every ${n.one} before reporting.`,

  // tasks.ts
  noStart: (n: Noun, names: string) => `No start line from ${n.one} ${names}: check that every ${n.one} is started and prints its start line.`,
  runEnded: (reason: string) => `the run ended: ${reason}`,
  noEnd: (n: Noun, names: string, count: number, stopped: string | null) =>
    `${capital(count > 1 ? n.many : n.one)} ${names} started but never printed ${count > 1 ? 'their end lines' : 'its end line'}${stopped === null ? '' : ` (${stopped})`}. Does the program wait for every ${n.one} before it ends?`,
  allFinishTitle: (n: Noun, names: string) => `Every ${n.one} starts and finishes (${names})`,
  allFinishPass: (names: string) => `${names} each printed a start line and an end line.`,
  overlapTitle: (n: Noun) => `The ${n.many} run at the same time`,
  overlapPass: (n: Noun, lastStart: string, first: string, firstEnd: string) => `Every ${n.one} started (the last at ${lastStart}) before the first one ended (${first} at ${firstEnd}).`,
  overlapFail: (n: Noun, names: string, count: number, first: string, firstEnd: string, late: string, lateStart: string) =>
    `${capital(count > 1 ? n.many : n.one)} ${names} started only after ${n.one} ${first} ended (${first} ended at ${firstEnd}, ${late} started at ${lateStart}): the ${n.many} ran one after the other.`,
  totalTitle: (n: Noun) => `All ${n.many} together take about as long as the longest one, not the sum`,
  noDuration: (n: Noun) => `Every start line must say how long its ${n.one} takes (in seconds); one of them does not.`,
  totalFacts: (n: Noun, total: string, longest: string, sum: string) =>
    `The ${n.many} took ${total} from the first start to the last end; the longest ${n.one} takes ${longest}, all of them added up ${sum}`,
  totalTooShort: (facts: string, n: Noun) => `${facts}. That is shorter than the longest ${n.one}: does every ${n.one} really wait as long as it says?`,
  totalNearSum: (facts: string, n: Noun) => `${facts}. That is about the sum: the ${n.many} waited one after the other.`,
  totalOverLongest: (facts: string, n: Noun) => `${facts}. That is well over the longest ${n.one}.`,
  totalPass: (facts: string) => `${facts}.`,
  sameValue: (n: Noun, field: string, value: string) => `Every ${n.one} reported ${field} ${value}.`,
  differentValues: (n: Noun, field: string, values: string) => `The ${n.many} reported different ${field} values: ${values}.`,
  ownValues: (n: Noun, field: string, values: string) => `Each ${n.one} reported its own ${field}: ${values}.`,
  sharedValues: (n: Noun, field: string, values: string) => `Some ${n.many} share a ${field}: ${values}.`,
  startTogetherTitle: (n: Noun) => `The ${n.many} start at about the same time`,
  startSpread: (n: Noun, spread: string) => `The last ${n.one} started ${spread} after the first.`,
  startSpreadFail: (n: Noun, spread: string, most: string) => `The last ${n.one} started ${spread} after the first; at most ${most} was expected.`,
  concurrencyTitle: (n: Noun, max: number) => `At most ${max} ${n.many} run at once`,
  at: (time: string) => ` (at ${time})`,
  overLimit: (n: Noun, peak: number, at: string, max: number) => `${peak} ${n.many} were running at once${at}; the limit is ${max}.`,
  underMin: (n: Noun, peak: number, max: number) => `Never more than ${peak} ${peak === 1 ? n.one : n.many} ran at once; up to ${max} may, so the work could overlap more.`,
  concurrencyPass: (n: Noun, peak: number, at: string) => `At most ${peak} ${n.many} ran at once${at}.`,
  waitsTitle: (n: Noun) => `Each ${n.one} really waits as long as it says`,
  waitsPass: (n: Noun) => `Each ${n.one} started a wait of the length it reported when it started.`,
  waitSeen: (ms: string, at: string) => `${ms} at ${at}`,
  waitsFail: (n: Noun, missing: readonly string[], seen: string | null) =>
    `No wait of the reported length started when ${missing.length > 1 ? `${n.many} ${en.list(missing)} started` : `${n.one} ${missing[0]} started`}${seen === null ? ' (no waits were seen at all)' : ` (waits seen: ${seen})`}. Each ${n.one} must do its own wait, started when it starts, not print its lines on a schedule.`,
  finishOrderBlind: (n: Noun) => `The ${n.many} happened to finish in the order they were given, so this run cannot show whether results keep the input order.`,
  followedByTitle: (pattern: string, n: Noun) => `A line matching ${pattern} comes after every ${n.one} finished`,
  ownTimer: (line: string, n: Noun, ms: string) =>
    `${line} came after the ${n.many} ended, but it was printed by a timer of its own (${ms}, set before they ended), not because they ended: the program only printed its lines on a schedule. Print the report right after awaiting the ${n.many}.`,
  afterEveryFinish: (line: string, n: Noun) => `${line} came after every ${n.one} finished.`,
  printedBefore: (line: string, n: Noun, names: string, count: number) => `${line} was printed before ${n.one} ${names} finished: nothing waited for ${count > 1 ? 'them' : 'it'}.`,
  didNotWait: (n: Noun, names: string, count: number, first: string, after: string, says: string) =>
    `${capital(count > 1 ? n.many : n.one)} ${names} printed ${count > 1 ? 'their' : 'its'} end line right after ${count > 1 ? 'their' : 'its'} start line (${first}: ${after} later, though it says it waits ${says}): the wait did not hold ${count > 1 ? 'them' : 'it'} up. A promise that is not awaited runs on while the code after it goes ahead: await the sleep inside the ${n.one}.`,
  missingField: (n: Noun, names: string, count: number, field: string) =>
    `${capital(count > 1 ? n.many : n.one)} ${names} did not report ${count > 1 ? 'their' : 'its'} ${field} on ${count > 1 ? 'their start lines' : 'its start line'}.`,
  idOf: (kind: 'pid' | 'thread'): string => (kind === 'pid' ? 'process.pid' : 'threadId (from node:worker_threads)'),
  misnamedId: (n: Noun, task: string, field: string, value: string, kind: 'pid' | 'thread', writer: string) =>
    `${capital(n.one)} ${task}'s start line says ${field} ${value}, but it was written by ${kind === 'pid' ? 'process' : 'thread'} ${writer}`,
  misnamedIds: (items: readonly string[], n: Noun, kind: 'pid' | 'thread') =>
    `${items.join('; ')}. Each ${n.one} must print its own ${en.idOf(kind)}, from inside the ${kind === 'pid' ? 'process' : 'thread'} that runs it.`,
  unrealId: (n: Noun, task: string, field: string, value: string) => `${capital(n.one)} ${task} reported ${field} ${value}`,
  unrealIds: (items: readonly string[], n: Noun, kind: 'pid' | 'thread') =>
    `${items.join('; ')}, but no ${kind === 'pid' ? 'process' : 'thread'} with that id ran in this program. Print the real ${en.idOf(kind)} of the ${kind === 'pid' ? 'process' : 'thread'} that runs the ${n.one}.`,
};

function notObserved(what: string): string {
  return `This runtime did not observe the run, so ${what} could not be checked; only the printed output was judged.`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The shape every language's catalog has: a missing or misspelt key in a translation is a type error. */
export type CheckMessages = typeof en;
