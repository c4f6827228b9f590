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

/** Why a callback of this kind runs when it does: the rule a learner needs at the first mismatch. */
const WHY: Record<string, string> = {
  synchronous: 'Synchronous code runs from top to bottom before anything that was queued, however soon it was queued.',
  'async function body': "Calling an async function runs its body at once, up to its first await; only what comes after the await waits.",
  nextTick:
    'A process.nextTick callback runs as soon as the JavaScript running now has finished, before promise callbacks queued at the same time, and again after each microtask that queues one. (At the top level of an ES module it is the other way round; the puzzle runs inside a timer callback.)',
  'promise callback':
    "A promise callback is a microtask: it runs when the JavaScript running now has finished, and every microtask runs before the event loop moves on to a timer or an immediate, even a timer of 0 ms.",
  'after await':
    'The code after an await is a microtask, like a promise callback: it runs right after the current JavaScript (and the nextTick queue), long before any timer.',
  timer: 'A timer waits for the event loop\'s timers phase, after all nextTicks and microtasks; a setTimeout(…, 0) scheduled inside a timer callback waits for the next turn of the loop.',
  immediate: "A setImmediate callback runs in the loop's check phase, right after the timers phase of the same turn: scheduled inside a timer callback, it comes before a new setTimeout(…, 0).",
};

const puzzleRan: Check = {
  id: 'puzzle-ran',
  title: 'The puzzle ran to the end: all twelve letters printed, each once',
  evaluate(view) {
    const ran = observed(view);
    const seen = ran.map((r) => r.letter);
    const missing = LETTERS.filter((l) => !seen.includes(l));
    const twice = LETTERS.filter((l) => seen.filter((s) => s === l).length > 1);
    if (missing.length === 0 && twice.length === 0 && seen.length === LETTERS.length) {
      return { status: 'pass', message: `The program printed all twelve: ${seen.join(' ')}.` };
    }
    if (missing.length > 0) return { status: 'fail', message: `Letter${missing.length > 1 ? 's' : ''} ${missing.join(', ')} never printed. Keep puzzle.ts as it is, and keep the line in main.ts that starts it.` };
    return { status: 'fail', message: `Letter${twice.length > 1 ? 's' : ''} ${twice.join(', ')} printed more than once: start the puzzle once, and keep puzzle.ts as it is.` };
  },
};

const predictionWellFormed: Check = {
  id: 'prediction-complete',
  title: 'The prediction lists the letters A to L, each once',
  evaluate(view) {
    const p = predicted(view);
    if (p === null) return { status: 'fail', message: 'No “prediction: …” line was printed. Keep the line in main.ts that prints PREDICTION.' };
    if (p.length === 0) return { status: 'fail', message: 'PREDICTION is empty. Read puzzle.ts and write the twelve letters in the order you expect them to print, before you run it.' };
    const unknown = p.filter((l) => !LETTERS.includes(l));
    const missing = LETTERS.filter((l) => !p.includes(l));
    const twice = LETTERS.filter((l) => p.filter((s) => s === l).length > 1);
    const problems = [
      unknown.length > 0 ? `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a letter of the puzzle` : '',
      missing.length > 0 ? `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing` : '',
      twice.length > 0 ? `${twice.join(', ')} appear${twice.length > 1 ? '' : 's'} more than once` : '',
    ].filter((s) => s !== '');
    if (problems.length === 0) return { status: 'pass', message: `You predicted ${p.join(' ')}.` };
    return { status: 'fail', message: `The prediction ${p.join(' ')} cannot be compared yet: ${problems.join('; ')}.` };
  },
};

const predictionMatches: Check = {
  id: 'prediction-matches',
  title: 'The prediction matches the order the program really printed',
  evaluate(view) {
    const p = predicted(view) ?? [];
    const ran = observed(view);
    if (ran.length === 0) return { status: 'fail', message: 'The puzzle printed nothing, so there is nothing to compare the prediction with.' };
    if (p.length === 0) return { status: 'fail', message: 'There is no prediction to compare yet.' };
    const actual = ran.map((r) => r.letter);
    const at = actual.findIndex((letter, i) => p[i] !== letter);
    if (at === -1 && p.length === actual.length) {
      return { status: 'pass', message: `The program printed ${actual.join(' ')}, exactly as you predicted.` };
    }
    if (at === -1) return { status: 'fail', message: `The program printed ${actual.join(' ')}; your prediction has ${p.length} letters.` };
    const real = ran[at] as Ran;
    const guess = p[at];
    const guessKind = ran.find((r) => r.letter === guess)?.kind;
    const right = actual.slice(0, at);
    return {
      status: 'fail',
      message:
        `The program printed ${actual.join(' ')}. ${right.length > 0 ? `You had ${right.length === 1 ? 'the first letter' : `the first ${right.length}`} right (${right.join(' ')}); then` : 'At the first place'} you predicted ${guess}${guessKind ? ` (${guessKind})` : ''}, ` +
        `but ${real.letter} (${real.kind}) ran. ${WHY[real.kind] ?? ''} Work out the rest again from there before you look at the output.`,
    };
  },
};

export default defineChecks({
  checks: [exitsWith(0), puzzleRan, predictionWellFormed, predictionMatches, noStderr()],
});
