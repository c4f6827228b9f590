import { puzzle } from './puzzle.ts';

// Typical wrong answer: "setTimeout(..., 0) means now", so the timer comes before the promise
// callbacks; and the async function's body waits like a callback.
const PREDICTION: string[] = ['A', 'L', 'B', 'F', 'E', 'C', 'D', 'I', 'J', 'G', 'K', 'H'];

console.log(`prediction: ${PREDICTION.join(' ')}`);

// The puzzle starts inside a timer callback, as most code in a running program does.
setTimeout(puzzle, 0);
