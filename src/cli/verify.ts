/**
 * `npm run verify [-- <lesson-id>...] [--jobs N]`: every lesson is gradable as written.
 *
 * For each lesson in content/ (or the ones named): the reference solution (`_solution/` over
 * `_files/`) passes every check; an `exercise`'s starter fails at least one; and every typical wrong
 * answer (`_wrong/<name>/` over `_files/`) fails at least one. Runs are real, as in the page, and
 * run concurrently in a bounded pool (see pool.ts for its size). A program with an unexpected verdict
 * is run once more (`--retries N`, 0 for none): if the retry gives the expected verdict the lesson
 * still passes, with a ⚠ line naming the flaky check and its message. A solution's check that could
 * not decide (the grader's "undecided": e.g. a CPU speed-up on a machine busy with other programs) is
 * shown with ⚠ and, as in the grader, not counted as a failure. Prints one line per lesson and a
 * final `N passed, N failed`; exit code 1 on any problem, naming the lesson, the program and the check.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { FileMap } from '../run-contract/events.ts';
import { EXIT, parse, positiveInt, runCommand, UsageError, writeErr, writeOut } from './cli-support.ts';
import { describeSandbox, sandboxSupport } from '../runner/sandbox.ts';
import { loadCourse, lessonIds, loadLesson } from '../lessons/from-disk.ts';
import { LessonError, lessonPrograms, type LoadedLesson as Lesson } from '../lessons/index.ts';
import { lessonLoad, mapPool } from './pool.ts';
import { finalLine, seconds } from './reports.ts';
import { runAndGrade, type GradedSubmission } from './run-submission.ts';

const USAGE = 'Usage: npm run verify [-- <lesson-id>...] [--jobs N] [--retries N]';

interface Job {
  lesson: Lesson;
  /** "solution", "starter" or "wrong answer <name>". */
  program: string;
  files: FileMap;
  expect: 'pass' | 'fail';
}

interface Outcome {
  job: Job;
  graded: GradedSubmission;
  problem: string | null;
  /** The solution's checks that could not decide in its last run (a busy machine): shown, not failed. */
  undecided: string | null;
  /** Verdicts of earlier attempts that a retry did not repeat: a flaky check, shown but not failed. */
  flaked: string[];
}

interface Judgement {
  problem: string | null;
  undecided: string | null;
}

/**
 * A solution must not fail a check nor be stopped; a check that could not decide is, as in the
 * grader, shown and never counted as a failure (it says the machine was too busy to measure). A
 * starter or wrong answer must fail at least one check.
 */
function judge(job: Job, graded: GradedSubmission): Judgement {
  const results = graded.report.results;
  if (job.expect === 'pass') {
    const failedChecks = results.filter((r) => r.status === 'fail');
    if (graded.verdict === 'error' || failedChecks.length > 0) {
      const why = failedChecks.map((r) => `check "${r.id}" (${r.title}) failed: ${r.message}`);
      if (graded.verdict === 'error') why.unshift(graded.message ?? 'it did not run to its end');
      return { problem: `the ${job.program} should pass every check, but ${why.join('; ')}`, undecided: null };
    }
    const undecided = results.filter((r) => r.status === 'undecided');
    if (undecided.length === 0) return { problem: null, undecided: null };
    return {
      problem: null,
      undecided: `the ${job.program}'s ${undecided.map((r) => `check "${r.id}" could not decide: ${r.message}`).join('; ')}`,
    };
  }
  if (results.some((r) => r.status === 'fail')) return { problem: null, undecided: null };
  const undecided = results.filter((r) => r.status === 'undecided').map((r) => `"${r.id}"`);
  const extra = undecided.length > 0 ? ` (${undecided.join(', ')} could not decide)` : '';
  return { problem: `the ${job.program} should fail at least one check, but it passed every check${extra}`, undecided: null };
}

function failedIds(graded: GradedSubmission): string {
  return graded.report.results
    .filter((r) => r.status === 'fail')
    .map((r) => r.id)
    .join(', ');
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { jobs: { type: 'string', short: 'j' }, retries: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    await writeOut(`${USAGE}\n`);
    return EXIT.ok;
  }
  const requestedJobs = positiveInt(values.jobs, '--jobs');
  const retries = values.retries === '0' ? 0 : (positiveInt(values.retries, '--retries') ?? 1);
  const known = await lessonIds();
  const ids = positionals.length > 0 ? positionals : known;
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new UsageError(`Unknown lesson${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}. Known lessons: ${known.join(', ') || '(none)'}.`);

  const started = performance.now();
  if (sandboxSupport().kind === 'none') writeErr(`${describeSandbox()}\n`);
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;

  // Load every lesson first: a broken lesson is a verify failure, not a crash.
  const course = await loadCourse();
  const lessons: Lesson[] = [];
  for (const id of ids) {
    try {
      lessons.push(await loadLesson(id, undefined, course));
    } catch (error) {
      if (!(error instanceof LessonError)) throw error;
      lines.push(`✗ ${id}: ${error.message}`);
      failed++;
    }
  }

  const jobsOf = (lesson: Lesson): Job[] => lessonPrograms(lesson).map(({ name, files, expect }) => ({ lesson, program: name, files, expect }));
  // Waiting lessons share a pool of one run per core (verify also runs starters and wrong answers,
  // which may spin); CPU-bound lessons (frontmatter load: cpu) run alone, one run at a time.
  const waiting = lessons.filter((l) => lessonLoad(l) === 'wait').flatMap(jobsOf);
  const cpu = lessons.filter((l) => lessonLoad(l) === 'cpu').flatMap(jobsOf);
  // A program with an unexpected or undecided verdict runs again (--retries, default 1): a verdict
  // that does not repeat is a flaky check, printed with a warning; a failure that repeats is a problem.
  const run = async (job: Job): Promise<Outcome> => {
    const flaked: string[] = [];
    for (let attempt = 0; ; attempt++) {
      const graded = await runAndGrade(job.lesson, job.program, job.files);
      const { problem, undecided } = judge(job, graded);
      if ((problem === null && undecided === null) || attempt >= retries) return { job, graded, problem, undecided, flaked };
      flaked.push(problem ?? undecided ?? '');
    }
  };
  const outcomes = [
    ...(await mapPool(waiting, requestedJobs ?? availableParallelism(), run)),
    ...(await mapPool(cpu, requestedJobs ?? 1, run)),
  ];

  let flakyRuns = 0;
  let undecidedRuns = 0;
  for (const lesson of lessons) {
    const mine = outcomes.filter((o) => o.job.lesson === lesson);
    const problems = mine.filter((o) => o.problem !== null);
    const flaky = mine.filter((o) => o.problem === null && o.flaked.length > 0);
    flakyRuns += flaky.filter((o) => o.undecided === null).length;
    undecidedRuns += mine.filter((o) => o.undecided !== null).length;
    const slowest = Math.max(0, ...mine.map((o) => o.graded.wallMs));
    if (problems.length === 0) {
      passed++;
      const parts = mine.map((o) =>
        o.job.expect === 'pass' ? `${o.job.program} passes ${o.graded.report.counts.pass}/${o.graded.report.results.length}` : `${o.job.program} fails (${failedIds(o.graded)})`,
      );
      lines.push(`✓ ${lesson.id}: ${parts.join('; ')} [${mine.length} runs, longest ${seconds(slowest, 1)}]`);
      for (const o of flaky) {
        if (o.undecided === null) for (const problem of o.flaked) lines.push(`    ⚠ flaky, passed on retry: ${problem}`);
      }
      for (const o of mine) {
        if (o.undecided !== null) lines.push(`    ⚠ not counted as a failure, ${o.flaked.length + 1} runs: ${o.undecided}`);
      }
    } else {
      failed++;
      lines.push(`✗ ${lesson.id}:`);
      for (const o of problems) lines.push(`    ${o.problem}`);
    }
  }
  if (undecidedRuns > 0) lines.push(`⚠ ${undecidedRuns} solution${undecidedRuns === 1 ? '' : 's'} had a check that could not decide (a busy machine?): shown, not counted as failures.`);
  if (flakyRuns > 0) lines.push(`⚠ ${flakyRuns} program${flakyRuns === 1 ? '' : 's'} gave the expected verdict only on a retry: flaky checks (see ⚠ above).`);
  lines.push(`verified in ${seconds(performance.now() - started, 1)}`);
  lines.push(finalLine(passed, failed));
  await writeOut(`${lines.join('\n')}\n`);
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

if (import.meta.main) await runCommand('verify', main, { inputErrors: [LessonError] });
