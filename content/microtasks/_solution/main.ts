import { puzzle } from './puzzle.ts';

// Synchronous code first (an async function's body runs at once, up to its first await), then the
// nextTick queue, then the microtasks (promise callbacks, code after an await) until both are
// empty, and only then the event loop's next phase: timers, and after them immediates.
const PREDICTION: string[] = ['A', 'J', 'L', 'I', 'G', 'K', 'H', 'B', 'F', 'E', 'C', 'D'];

console.log(`prediction: ${PREDICTION.join(' ')}`);

// The puzzle starts inside a timer callback, as most code in a running program does.
setTimeout(puzzle, 0);
