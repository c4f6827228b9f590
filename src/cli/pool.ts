/**
 * A bounded pool for grading many runs at once, and the rule for its size.
 *
 * A lesson declares its load in its frontmatter (`load: wait | cpu`, see src/lessons/schema.ts).
 * Lessons whose programs *wait* (timers, I/O) grade many at once: their lines are stamped where the
 * program writes them (the observation channel), so a busy machine or this process reading output
 * late no longer skews their timings, and a waiting program needs almost no CPU. Lessons whose
 * checks judge *CPU* work (a parallel speed-up, CPU time over wall time) need the cores to
 * themselves: two such runs at once halve each one's speed-up and would fail a right answer, so they
 * grade one per core at most, and by default one at a time on small machines.
 *
 * Measured before the stamps (2 cores, coroutines, 50 copies of the solution): 25 at once failed 2
 * of 50 and 50 at once 29 of 50 ("total time shorter than the longest task", lines stamped late on
 * arrival). With stamps: see README "For teachers" for the figures at 16 and 50 at once.
 */
import { availableParallelism } from 'node:os';
import type { LessonFrontmatter, LessonLoad } from '../lessons/index.ts';

/** What the pool needs of a lesson. */
export type LoadOf = { data: Pick<LessonFrontmatter, 'load'> };

export type { LessonLoad };

/** Waiting runs at once per core by default (24 on 2 cores: 100 gradings of a 3 s program in about 20 s). */
export const WAIT_RUNS_PER_CORE = 12;
/** Never more than this many at once by default, however many cores: each run is a Node process (~40 MB). */
export const MAX_DEFAULT_JOBS = 64;

/** The lesson's declared load (frontmatter `load`, default "wait"). */
export function lessonLoad(lesson: LoadOf): LessonLoad {
  return lesson.data.load === 'cpu' ? 'cpu' : 'wait';
}

export interface PoolChoice {
  jobs: number;
  /** One line for the report: why this many. */
  why: string;
}

/**
 * How many runs of a lesson to grade at once: `--jobs` when given, else WAIT_RUNS_PER_CORE per
 * core for waiting lessons and 1 for CPU-bound ones.
 */
export function poolSize(lesson: LoadOf, requested?: number, cores = availableParallelism()): PoolChoice {
  const load = lessonLoad(lesson);
  if (requested !== undefined) {
    const warn = load === 'cpu' && requested > 1 ? ' (this lesson measures CPU work: more than 1 at once can fail right answers)' : '';
    return { jobs: requested, why: `--jobs ${requested}${warn}` };
  }
  if (load === 'cpu') return { jobs: 1, why: 'one at a time: this lesson measures CPU work (load: cpu), which needs the cores to itself' };
  const jobs = Math.min(MAX_DEFAULT_JOBS, Math.max(1, cores) * WAIT_RUNS_PER_CORE);
  return { jobs, why: `${jobs} at once (${WAIT_RUNS_PER_CORE} per core): this lesson's programs wait (load: wait), and their lines are stamped where they are written, so runs share the machine without skewing their timings` };
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
