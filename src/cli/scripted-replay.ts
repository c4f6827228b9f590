/**
 * `npm run verify:scripted [-- <lesson-id>...]`: a program that prints the reference solution's
 * output on the same schedule, doing none of the work, must fail every lesson (issue 10: the grader
 * judges what a program did, not only what it printed).
 *
 * For each lesson the solution runs once for real; its lines (as written, with their times) become a
 * replay program in two shapes: `sequential` (one script that sleeps until each line is due, the
 * issue's "sequential script printing on schedule") and `timers` (one setTimeout per line, all set
 * at the start). Each replay runs with the lesson's other files beside it and is graded; it must
 * fail at least one check. Prints one line per lesson and replay, then `N held, N did not`.
 */
import type { RunView } from '../grader/types.ts';
import { EXIT, parse, runCommand, UsageError, writeOut } from './cli-support.ts';
import { lessonIds, loadLesson } from '../lessons/from-disk.ts';
import { LessonError, solutionFiles, type LoadedLesson as Lesson } from '../lessons/index.ts';
import { mapPool } from './pool.ts';
import { finalLine } from './reports.ts';
import { runAndGrade, type GradedSubmission } from './run-submission.ts';

export type ReplayShape = 'sequential' | 'timers';
export const SHAPES: readonly ReplayShape[] = ['sequential', 'timers'];

/** A program that prints a run's lines at the times they were written, relative to its first line, and exits as it did. */
export function replayProgram({ run, lines }: RunView, shape: ReplayShape): string {
  const script = lines.map((l) => [Math.round(l.at), l.stream === 'stderr' ? 2 : 1, l.text] as const);
  const code = run.exit.code ?? 1;
  const body =
    shape === 'sequential'
      ? [
          'const t0 = performance.now();',
          'for (const [at, fd, text] of script) {',
          '  const wait = at - (performance.now() - t0);',
          '  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));',
          '  (fd === 2 ? console.error : console.log)(text);',
          '}',
          `process.exitCode = ${code};`,
        ]
      : [
          'for (const [at, fd, text] of script) setTimeout(() => (fd === 2 ? console.error : console.log)(text), at);',
          `process.exitCode = ${code};`,
        ];
  return [
    '// A scripted replay: the reference solution\'s output, printed on its schedule, with none of its work.',
    `const script: [number, number, string][] = ${JSON.stringify(script)};`,
    ...body,
    'export {};',
    '',
  ].join('\n');
}

export interface ReplayOutcome {
  lesson: string;
  shape: ReplayShape;
  /** The checks the replay failed; empty when it passed every one (the grader was fooled). */
  failed: string[];
  /** Why the replay could not be tried (the solution itself did not pass), else null. */
  skipped: string | null;
  graded?: GradedSubmission;
}

/** Runs the solution, then each replay shape, and grades them. */
export async function tryReplays(lesson: Lesson, shapes: readonly ReplayShape[] = SHAPES): Promise<ReplayOutcome[]> {
  const solution = await runAndGrade(lesson, 'solution', solutionFiles(lesson));
  if (solution.verdict !== 'pass') {
    const why = `its solution did not pass (${solution.report.results.filter((r) => r.status === 'fail').map((r) => r.id).join(', ') || solution.message})`;
    return shapes.map((shape) => ({ lesson: lesson.id, shape, failed: [], skipped: why }));
  }
  return Promise.all(
    shapes.map(async (shape) => {
      const files = { ...solutionFiles(lesson), [lesson.data.entry]: replayProgram(solution.view, shape) };
      const graded = await runAndGrade(lesson, `${shape} replay`, files);
      const failed = graded.report.results.filter((r) => r.status === 'fail').map((r) => r.id);
      return { lesson: lesson.id, shape, failed, skipped: null, graded };
    }),
  );
}

const USAGE = 'Usage: npm run verify:scripted [-- <lesson-id>...] [--jobs N]';

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { jobs: { type: 'string', short: 'j' }, help: { type: 'boolean', short: 'h' } }, USAGE);
  if (values.help) {
    await writeOut(`${USAGE}\n`);
    return EXIT.ok;
  }
  const known = await lessonIds();
  const ids = positionals.length > 0 ? positionals : known;
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new UsageError(`Unknown lesson(s): ${unknown.join(', ')}. Known lessons: ${known.join(', ')}.`);
  const lessons = await Promise.all(ids.map((id) => loadLesson(id)));
  const jobs = Number(values.jobs ?? 2);
  const results = (await mapPool(lessons, jobs, (lesson) => tryReplays(lesson))).flat();
  let held = 0;
  let fooled = 0;
  const out: string[] = [];
  for (const r of results) {
    if (r.skipped) {
      out.push(`? ${r.lesson} (${r.shape} replay): not tried: ${r.skipped}`);
      fooled += 1;
    } else if (r.failed.length > 0) {
      out.push(`✓ ${r.lesson} (${r.shape} replay) fails: ${r.failed.join(', ')}`);
      held += 1;
    } else {
      out.push(`✗ ${r.lesson} (${r.shape} replay) passed every check`);
      fooled += 1;
    }
  }
  out.push(finalLine(held, fooled).replace('passed', 'held').replace('failed', 'did not'));
  await writeOut(`${out.join('\n')}\n`);
  return fooled === 0 ? EXIT.ok : EXIT.failed;
}

if (import.meta.main) await runCommand('verify:scripted', main, { inputErrors: [LessonError] });
