// The grader of an exported assignment (`npm run export-lesson`): bundled into one .mjs file with
// the lesson's checks, so a student's folder grades itself with `npm test`, without this site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonChecks } from '../../grader/index.ts';
import { isFormat, render, FORMATS } from '../../cli/reports.ts';
import { runAndGrade } from '../../cli/run-submission.ts';
import type { LessonFrontmatter, LoadedLesson } from '../../lessons/index.ts';

export interface AssignmentMeta {
  id: string;
  frontmatter: LessonFrontmatter;
  /** The starter's files: the student's copies of these are graded. */
  files: Record<string, string>;
}

/** Node ≥ 22.18 runs .ts files by type stripping, unflagged; older versions cannot run the lesson. */
function canRunTypeScript(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 18);
}

export async function gradeAssignment(meta: AssignmentMeta, checks: LessonChecks, argv: string[], cwd = process.cwd()): Promise<number> {
  const formatIndex = argv.indexOf('--format');
  const format = formatIndex >= 0 ? (argv[formatIndex + 1] ?? '') : 'text';
  if (!isFormat(format)) {
    console.error(`Unknown format "${format}": use one of ${FORMATS.join(', ')}.`);
    return 2;
  }
  if (!canRunTypeScript(process.versions.node)) {
    console.error(`This assignment needs Node.js 22.18 or newer (this is ${process.version}). Run \`npm install\` once: it brings Node 24 for \`npm test\`.`);
    return 2;
  }
  const files: Record<string, string> = {};
  for (const [path, starter] of Object.entries(meta.files)) {
    const file = join(cwd, path);
    // A file the student deleted is graded as the starter had it, and said so.
    files[path] = existsSync(file) ? readFileSync(file, 'utf8') : starter;
  }
  const fromStarter = Object.keys(meta.files).filter((path) => !existsSync(join(cwd, path)));
  const lesson: LoadedLesson = {
    id: meta.id,
    where: meta.id,
    dir: cwd,
    data: meta.frontmatter,
    starter: meta.files,
    solution: {},
    wrong: {},
    checks,
    timeLimitMs: Math.round(meta.frontmatter.timeLimitSeconds * 1000),
  };
  const graded = await runAndGrade(lesson, meta.id, files, fromStarter);
  process.stdout.write(render(format, graded));
  return graded.verdict === 'pass' ? 0 : 1;
}
