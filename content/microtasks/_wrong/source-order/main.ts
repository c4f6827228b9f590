import { puzzle } from './puzzle.ts';

// Typical wrong answer: the order of the source lines, as if every callback ran where it is written.
const PREDICTION: string[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];

console.log(`prediction: ${PREDICTION.join(' ')}`);

// The puzzle starts inside a timer callback, as most code in a running program does.
setTimeout(puzzle, 0);
