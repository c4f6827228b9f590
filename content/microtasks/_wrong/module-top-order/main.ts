import { puzzle } from './puzzle.ts';

// Typical wrong answer: the order seen when the puzzle runs at the top level of an ES module,
// where promise callbacks go before nextTick. Here it runs inside a timer callback.
const PREDICTION: string[] = ['A', 'J', 'L', 'G', 'K', 'I', 'H', 'B', 'F', 'E', 'C', 'D'];

console.log(`prediction: ${PREDICTION.join(' ')}`);

// The puzzle starts inside a timer callback, as most code in a running program does.
setTimeout(puzzle, 0);
