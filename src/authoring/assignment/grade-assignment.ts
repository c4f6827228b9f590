// The grader of an exported assignment (`npm run export-lesson`): bundled into one .mjs file with
// the lesson's checks, so a student's folder grades itself with `npm test`, without this site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckTexts, LessonChecks } from '../../grader/index.ts';
import { UsageError } from '../../cli/cli-support.ts';
import { reportLocale } from '../../cli/report-language.ts';
import { isFormat, render, FORMATS } from '../../cli/reports.ts';
import { runAndGrade } from '../../cli/run-submission.ts';
import type { LessonFrontmatter, LoadedLesson } from '../../lessons/index.ts';

export interface AssignmentMeta {
  id: string;
  frontmatter: LessonFrontmatter;
  /** The starter's files: the student's copies of these are graded. */
  files: Record<string, string>;
  /** The checks' texts in other languages (checks.<locale>.yaml), for `--lang` or LANG. */
  checkTexts?: Partial<Record<'zh-CN', CheckTexts>>;
}

/** Node ≥ 22.18 runs .ts files by type stripping, unflagged; older versions cannot run the lesson. */
function canRunTypeScript(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 18);
}

export async function gradeAssignment(meta: AssignmentMeta, checks: LessonChecks, argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const formatIndex = argv.indexOf('--format');
  const format = formatIndex >= 0 ? (argv[formatIndex + 1] ?? '') : 'text';
  if (!isFormat(format)) {
    console.error(`Unknown format "${format}": use one of ${FORMATS.join(', ')}.`);
    return 2;
  }
  // The report's language, by the same rule as `npm run grade`: --lang, else LC_ALL/LC_MESSAGES/LANG.
  const langIndex = argv.indexOf('--lang');
  let locale;
  try {
    locale = reportLocale(langIndex >= 0 ? (argv[langIndex + 1] ?? '') : undefined, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
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
    checkTexts: meta.checkTexts,
    timeLimitMs: Math.round(meta.frontmatter.timeLimitSeconds * 1000),
  };
  const graded = await runAndGrade(lesson, meta.id, files, fromStarter, locale);
  process.stdout.write(render(format, graded));
  return graded.verdict === 'pass' ? 0 : 1;
}
