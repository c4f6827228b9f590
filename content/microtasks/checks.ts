import { defineChecks, exitsWith, noStderr, type Check, type GradedLine, type RunView } from '#checks';

// The lines the program prints. Keep them as they are: the checks read them.
const PREDICTION = /^prediction:(?<letters>.*)$/;
const RAN = /^ran: (?<letter>[A-Z]) \((?<kind>[^)]+)\)$/;
const LETTERS = 'ABCDEFGHIJKL'.split('');

type Ran = { letter: string; kind: string; line: GradedLine };

/** What really ran, in the order it printed: the answer comes from this run, never from a list. */
function observed(view: RunView): Ran[] {
  return view.stdout.flatMap((line) => {
    const m = RAN.exec(line.text)?.groups;
    return m ? [{ letter: m.letter ?? '', kind: m.kind ?? '', line }] : [];
  });
}

function predicted(view: RunView): string[] | null {
  const line = view.stdout.find((l) => PREDICTION.test(l.text));
  if (!line) return null;
  return (PREDICTION.exec(line.text)?.groups?.letters ?? '').split(/[\s,]+/).filter((s) => s !== '').map((s) => s.replace(/['"]/g, '').toUpperCase());
}

/** Why a callback of this kind runs when it does: the rule a learner needs at the first mismatch (message keys of predictionMatches). */
const WHY: Record<string, string> = {
  synchronous: 'whySynchronous',
  'async function body': 'whyAsyncBody',
  nextTick: 'whyNextTick',
  'promise callback': 'whyPromiseCallback',
  'after await': 'whyAfterAwait',
  timer: 'whyTimer',
  immediate: 'whyImmediate',
};

// Messages by key, so checks.zh-CN.yaml can say each in Chinese; {name} is a value filled in.
const puzzleRan: Check = {
  id: 'puzzle-ran',
  title: 'The puzzle ran to the end: all twelve letters printed, each once',
  messages: {
    all: 'The program printed all twelve: {letters}.',
    missing: '{Letters} {letters} never printed. Keep puzzle.ts as it is, and keep the line in main.ts that starts it.',
    twice: '{Letters} {letters} printed more than once: start the puzzle once, and keep puzzle.ts as it is.',
  },
  evaluate(view, { say }) {
    const ran = observed(view);
    const seen = ran.map((r) => r.letter);
    const missing = LETTERS.filter((l) => !seen.includes(l));
    const twice = LETTERS.filter((l) => seen.filter((s) => s === l).length > 1);
    if (missing.length === 0 && twice.length === 0 && seen.length === LETTERS.length) {
      return { status: 'pass', message: say('all', { letters: seen.join(' ') }) };
    }
    if (missing.length > 0) return { status: 'fail', message: say('missing', { Letters: missing.length > 1 ? 'Letters' : 'Letter', letters: missing.join(', ') }) };
    return { status: 'fail', message: say('twice', { Letters: twice.length > 1 ? 'Letters' : 'Letter', letters: twice.join(', ') }) };
  },
};

const predictionWellFormed: Check = {
  id: 'prediction-complete',
  title: 'The prediction lists the letters A to L, each once',
  messages: {
    noLine: 'No “prediction: …” line was printed. Keep the line in main.ts that prints PREDICTION.',
    empty: 'PREDICTION is empty. Read puzzle.ts and write the twelve letters in the order you expect them to print, before you run it.',
    unknown: '{letters} {is} not a letter of the puzzle',
    missing: '{letters} {is} missing',
    twice: '{letters} {appears} more than once',
    problemsJoin: '; ',
    predicted: 'You predicted {letters}.',
    cannotCompare: 'The prediction {letters} cannot be compared yet: {problems}.',
  },
  evaluate(view, { say }) {
    const p = predicted(view);
    if (p === null) return { status: 'fail', message: say('noLine') };
    if (p.length === 0) return { status: 'fail', message: say('empty') };
    const unknown = p.filter((l) => !LETTERS.includes(l));
    const missing = LETTERS.filter((l) => !p.includes(l));
    const twice = LETTERS.filter((l) => p.filter((s) => s === l).length > 1);
    const problems = [
      unknown.length > 0 ? say('unknown', { letters: unknown.join(', '), is: unknown.length > 1 ? 'are' : 'is' }) : '',
      missing.length > 0 ? say('missing', { letters: missing.join(', '), is: missing.length > 1 ? 'are' : 'is' }) : '',
      twice.length > 0 ? say('twice', { letters: twice.join(', '), appears: twice.length > 1 ? 'appear' : 'appears' }) : '',
    ].filter((s) => s !== '');
    if (problems.length === 0) return { status: 'pass', message: say('predicted', { letters: p.join(' ') }) };
    return { status: 'fail', message: say('cannotCompare', { letters: p.join(' '), problems: problems.join(say('problemsJoin')) }) };
  },
};

const predictionMatches: Check = {
  id: 'prediction-matches',
  title: 'The prediction matches the order the program really printed',
  messages: {
    nothingRan: 'The puzzle printed nothing, so there is nothing to compare the prediction with.',
    noPrediction: 'There is no prediction to compare yet.',
    exact: 'The program printed {letters}, exactly as you predicted.',
    length: 'The program printed {letters}; your prediction has {count} letters.',
    firstRight: 'You had the first letter right ({right}); then',
    someRight: 'You had the first {count} right ({right}); then',
    atFirst: 'At the first place',
    mismatch: 'The program printed {letters}. {start} you predicted {guess}{guessKind}, but {real} ({kind}) ran. {why} Work out the rest again from there before you look at the output.',
    whySynchronous: 'Synchronous code runs from top to bottom before anything that was queued, however soon it was queued.',
    whyAsyncBody: "Calling an async function runs its body at once, up to its first await; only what comes after the await waits.",
    whyNextTick:
      'A process.nextTick callback runs as soon as the JavaScript running now has finished, before promise callbacks queued at the same time, and again after each microtask that queues one. (At the top level of an ES module it is the other way round; the puzzle runs inside a timer callback.)',
    whyPromiseCallback:
      "A promise callback is a microtask: it runs when the JavaScript running now has finished, and every microtask runs before the event loop moves on to a timer or an immediate, even a timer of 0 ms.",
    whyAfterAwait:
      'The code after an await is a microtask, like a promise callback: it runs right after the current JavaScript (and the nextTick queue), long before any timer.',
    whyTimer: 'A timer waits for the event loop\'s timers phase, after all nextTicks and microtasks; a setTimeout(…, 0) scheduled inside a timer callback waits for the next turn of the loop.',
    whyImmediate: "A setImmediate callback runs in the loop's check phase, right after the timers phase of the same turn: scheduled inside a timer callback, it comes before a new setTimeout(…, 0).",
  },
  evaluate(view, { say }) {
    const p = predicted(view) ?? [];
    const ran = observed(view);
    if (ran.length === 0) return { status: 'fail', message: say('nothingRan') };
    if (p.length === 0) return { status: 'fail', message: say('noPrediction') };
    const actual = ran.map((r) => r.letter);
    const at = actual.findIndex((letter, i) => p[i] !== letter);
    if (at === -1 && p.length === actual.length) return { status: 'pass', message: say('exact', { letters: actual.join(' ') }) };
    if (at === -1) return { status: 'fail', message: say('length', { letters: actual.join(' '), count: p.length }) };
    const real = ran[at] as Ran;
    const guess = p[at] ?? '';
    const guessKind = ran.find((r) => r.letter === guess)?.kind;
    const right = actual.slice(0, at);
    const start = right.length === 0 ? say('atFirst') : say(right.length === 1 ? 'firstRight' : 'someRight', { count: right.length, right: right.join(' ') });
    const why = WHY[real.kind];
    return {
      status: 'fail',
      message: say('mismatch', { letters: actual.join(' '), start, guess, guessKind: guessKind ? ` (${guessKind})` : '', real: real.letter, kind: real.kind, why: why ? say(why) : '' }),
    };
  },
};

export default defineChecks({
  checks: [exitsWith(0), puzzleRan, predictionWellFormed, predictionMatches, noStderr()],
});
