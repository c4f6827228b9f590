/**
 * The limits every runtime applies to a learner's run, as plain numbers. Pure, so the page's
 * WebContainer adapter and the local runner (src/runner/run-program.ts) share them. The limits on
 * the files of a run are in run-files.ts, with their check.
 */

/** Per-run wall-clock limit when the lesson gives none. */
export const DEFAULT_TIME_LIMIT_MS = 30_000;
const MAX_TIME_LIMIT_MS = 120_000;
const MIN_TIME_LIMIT_MS = 100;

/** Bytes of output (stdout + stderr together); beyond it the program is stopped. */
export const DEFAULT_OUTPUT_CAP_BYTES = 1024 * 1024;
/** Lines of output: a flood of empty lines is small in bytes but not for the page. */
export const DEFAULT_OUTPUT_CAP_LINES = 20_000;

/** The request's limit if it is a positive number, else `fallback`; clamped to [100 ms, 120 s]. */
export function clampTimeLimit(requested: unknown, fallback: number): number {
  const value = typeof requested === 'number' && Number.isFinite(requested) && requested > 0 ? requested : fallback;
  return Math.round(Math.min(MAX_TIME_LIMIT_MS, Math.max(MIN_TIME_LIMIT_MS, value)));
}

/** Memory of the whole process tree (heap, Buffers, files in its /tmp), where the sandbox can limit it. */
export const DEFAULT_MEMORY_LIMIT_MB = 1024;
/** Largest file a program may write, where the sandbox can limit it. */
export const DEFAULT_FILE_SIZE_LIMIT_MB = 64;
