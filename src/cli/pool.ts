/**
 * A bounded pool for grading many runs at once, and the rule for its size.
 *
 * The rule (measured on a 2-core machine, see README "For teachers"): lessons whose tasks *wait*
 * (timers, I/O) grade correctly with as many runs at once as the machine has cores, because their
 * checks compare each run's own timestamps and a waiting program needs almost no CPU. Lessons whose
 * checks judge *CPU* work (parallel speed-up, CPU time over wall time) need the cores to themselves:
 * two such runs at once halve each one's speed-up, and the checks would fail a right answer. Those
 * lessons grade one run at a time. A lesson says which it is in its frontmatter: `load: cpu`
 * (the default is `wait`).
 *
 * Measured here (2 cores, coroutines lesson, 50 copies of the solution): 2 and 8 at once all pass;
 * 25 at once failed 2 of 50 and 50 at once 29 of 50, on "total time" as *shorter* than the longest
 * task. The programs were fine: the runner time-stamps each line when this process receives it, and
 * with dozens of programs starting at once its own event loop lags and stamps the first lines late.
 * A CPU-bound stand-in (two workers vs a serial baseline) measured parallel/serial 0.59–0.75 alone
 * and 1.16–1.39 with two runs at once: a right answer would read as "not parallel".
 */
import { availableParallelism } from 'node:os';
import type { LessonInfo } from '../lessons/index.ts';

export interface PoolChoice {
  jobs: number;
  /** One line for the report: why this many. */
  why: string;
}

/**
 * How many runs of a lesson to grade at once: `--jobs` when given, else the machine's cores for
 * waiting lessons and 1 for CPU-bound ones.
 */
export function poolSize(lesson: LessonInfo, requested?: number, cores = availableParallelism()): PoolChoice {
  const { load } = lesson.data;
  if (requested !== undefined) {
    let warn = '';
    if (load === 'cpu' && requested > 1) warn = ' (this lesson measures CPU work: more than 1 at once can fail right answers)';
    else if (requested > 4 * cores) warn = ` (over 4 per core: this process then reads the programs' output late, which skews their timings)`;
    return { jobs: requested, why: `--jobs ${requested}${warn}` };
  }
  if (load === 'cpu') return { jobs: 1, why: 'one at a time: this lesson measures CPU work, which needs the cores to itself' };
  return { jobs: Math.max(1, cores), why: `${Math.max(1, cores)} at once (one per core): this lesson's tasks wait, so runs share the machine without skewing their timings` };
}

/**
 * Maps `items` through `fn` with at most `jobs` calls in flight; results keep the input order.
 * `onDone` sees each result as it completes (for progress lines).
 */
export async function mapPool<T, R>(
  items: readonly T[],
  jobs: number,
  fn: (item: T, index: number) => Promise<R>,
  onDone?: (result: R, index: number, done: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      const result = await fn(items[index] as T, index);
      results[index] = result;
      done++;
      onDone?.(result, index, done);
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, () => worker());
  await Promise.all(workers);
  return results;
}
