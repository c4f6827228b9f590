/**
 * One JSON document for a whole class (`grade --format json` on a folder without `--out`): each
 * submission's results.json (Exercism v3, as `--out` writes one file each) under its name, plus the
 * counts a teacher looks for first.
 */
import { exercismResults, type ExercismResults } from './reports.ts';
import type { GradedSubmission } from './run-submission.ts';

interface ClassResults {
  lesson: string;
  counts: { pass: number; fail: number; error: number };
  /** Wall time of the whole grading, ms, and how many ran at once. */
  gradedInMs: number;
  jobs: number;
  submissions: (ExercismResults & { name: string })[];
}

export function classJsonReport(lessonId: string, graded: readonly GradedSubmission[], gradedInMs: number, jobs: number): string {
  const counts = { pass: 0, fail: 0, error: 0 };
  for (const g of graded) counts[g.verdict]++;
  const doc: ClassResults = {
    lesson: lessonId,
    counts,
    gradedInMs: Math.round(gradedInMs),
    jobs,
    submissions: graded.map((g) => ({ name: g.name, ...exercismResults(g) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
