/**
 * What the learner preload (src/preload/learner-preload.ts) prints on stderr before Node's crash
 * report when a promise rejection nobody caught ends the program: the grader reads it to tell that
 * crash from a plain thrown error, which Node prints the same way.
 */
export const REJECTION_MARKER = '[course] uncaught promise rejection:';
