import { puzzle } from './puzzle.ts';

// TODO: read puzzle.ts and write down the twelve letters, A to L, in the order you expect them
// to print, each letter once. Decide before you run: the checks compare your list with the order
// that really happens when the program runs.
const PREDICTION: string[] = [];

console.log(`prediction: ${PREDICTION.join(' ')}`);

// The puzzle starts inside a timer callback, as most code in a running program does.
setTimeout(puzzle, 0);
