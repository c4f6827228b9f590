/**
 * `npm run grade -- <lesson-id> <path> [--format text|json|junit|tap|html] [--out <dir>|<file.html>] [--jobs N] [--lang en|zh-CN]`
 *
 * Grades a submission (a folder with the lesson's files, or one entry file) or a folder of many
 * submissions (one subfolder each) with the lesson's checks, running each program exactly as the
 * page's local runtime does. Exit code 0: no check of any submission failed (checks that could not
 * decide are noted, as on the page); 1: something failed or did not run to an end; 2: bad usage or bad input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXIT, parse, positiveInt, runCommand, UsageError, writeErr, writeOut } from './cli-support.ts';
import { describeSandbox, sandboxSupport } from '../runner/sandbox.ts';
import { terminalSafe } from './terminal-text.ts';
import { loadLesson } from '../lessons/from-disk.ts';
import { LessonError } from '../lessons/index.ts';
import { mapPool, poolSize } from './pool.ts';
import { EXTENSIONS, FORMATS, isFormat, render, seconds, summaryTable, textReport, type Format } from './reports.ts';
import { gradeSubmission, runAndGrade, unrunnable, type GradedSubmission } from './run-submission.ts';
import { findSubmissions, reportFileNames, type Submission } from './submissions.ts';
import { classJsonReport } from './class-json.ts';
import { htmlReport } from './report-html.ts';
import { reportLocale } from './report-language.ts';
import { locales } from '../i18n/index.ts';

const USAGE = `Usage: npm run grade -- <lesson-id> <path> [--format ${FORMATS.join('|')}|html] [--out <dir>|<file.html>] [--jobs N] [--lang ${locales.join('|')}]
  <path>  a folder holding the lesson's files, a single entry file, or a folder with one subfolder per submission
  --lang  the language of check titles and messages; by default LC_ALL, LC_MESSAGES or LANG decides (zh_CN.UTF-8: zh-CN; otherwise en)
  A folder of submissions with --format json and no --out prints one JSON document for the class.
  --format html writes one self-contained page for all submissions to --out (a file), or prints it.`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    await writeOut(`${USAGE}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  const html = format === 'html';
  if (!html && !isFormat(format)) throw new UsageError(`Unknown format "${format}": use one of ${FORMATS.join(', ')}, html.`);
  const jobs = positiveInt(values.jobs, '--jobs');
  const locale = reportLocale(values.lang);
  if (positionals.length !== 2) {
    throw new UsageError(`${positionals.length < 2 ? 'Missing' : 'Too many'} arguments: give a lesson id and a path.\n${USAGE}`);
  }
  const [lessonId, input] = positionals as [string, string];

  const lesson = await loadLesson(lessonId);
  const found = await findSubmissions(lesson, input);
  const many = found.mode === 'many';
  // Several submissions: JSON becomes one combined document; other formats need a file each.
  const combinedJson = many && format === 'json' && values.out === undefined;
  if (many && format !== 'text' && !html && !combinedJson && values.out === undefined) {
    throw new UsageError(`${input} holds ${found.submissions.length} submissions: with --format ${format}, give --out <dir> to write one report per submission.`);
  }

  const pool = poolSize(lesson, jobs);
  const started = performance.now();
  // Said once, before anything runs, where strangers' code would not be confined.
  if (sandboxSupport().kind === 'none') writeErr(`${describeSandbox()}\n`);
  if (many) writeErr(`Grading ${found.submissions.length} submissions of "${lesson.id}", ${pool.why}.\n`);

  const grade = (s: Submission): Promise<GradedSubmission> =>
    s.problem !== undefined
      ? Promise.resolve(gradeSubmission(lesson, s.name, unrunnable(`Could not run this submission: ${s.problem}.`), 0, [], locale))
      : runAndGrade(lesson, s.name, s.files, s.fromStarter, locale);
  const total = found.submissions.length;
  const graded = await mapPool(found.submissions, pool.jobs, grade, (g, _i, done) => {
    if (many) writeErr(`[${done}/${total}] ${g.name}: ${g.verdict === 'pass' ? 'passed' : g.verdict === 'fail' ? 'failed' : 'error'}\n`);
  });
  const wallMs = performance.now() - started;

  if (html) {
    // One page for the whole class, to the --out file or to stdout.
    const page = htmlReport(lesson, graded, { gradedInMs: wallMs, jobs: pool.jobs, locale });
    if (values.out === undefined) await writeOut(page);
    else {
      await writeFile(values.out, page).catch((error: Error) => {
        throw new UsageError(`Could not write ${values.out}: ${error.message}`);
      });
      process.stderr.write(`Wrote the class report (${graded.length} submission${graded.length === 1 ? '' : 's'}) to ${values.out}\n`);
      await writeOut(many ? summaryTable(graded) : textReport(graded[0] as GradedSubmission));
    }
    return graded.every((g) => g.verdict === 'pass') ? EXIT.ok : EXIT.failed;
  }

  if (values.out !== undefined) {
    await writeReports(values.out, format as Format, graded);
  }

  // Without a sandbox the report says so too, where a teacher reads the verdicts.
  const support = sandboxSupport();
  let stdout = support.kind === 'none' && format === 'text' ? `Note: ${describeSandbox(support)}\n\n` : '';
  if (combinedJson) {
    stdout = classJsonReport(lesson.id, graded, wallMs, pool.jobs);
    process.stderr.write(`Graded in ${seconds(wallMs, 1)}, ${pool.jobs} at once.\n`);
  } else if (!many) {
    const only = graded[0] as GradedSubmission;
    stdout += values.out === undefined ? render(format as Format, only) : textReport(only);
  } else {
    if (values.out === undefined) {
      // Details for the submissions that need a look; the table has everyone.
      for (const g of graded) if (g.verdict !== 'pass') stdout += `${textReport(g)}\n`;
    }
    stdout += `Graded in ${seconds(wallMs, 1)}, ${pool.jobs} at once.\n\n`;
    stdout += summaryTable(graded);
  }
  await writeOut(stdout);
  return graded.every((g) => g.verdict === 'pass') ? EXIT.ok : EXIT.failed;
}

async function writeReports(dir: string, format: Format, graded: GradedSubmission[]): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`Could not create the --out folder ${dir}: ${(error as Error).message}`);
  }
  const names = reportFileNames(
    graded.map((g) => g.name),
    EXTENSIONS[format],
  );
  await Promise.all(graded.map((g, i) => writeFile(path.join(dir, names[i] as string), terminalSafe(render(format, g)))));
  writeErr(`Wrote ${graded.length} ${format} report${graded.length === 1 ? '' : 's'} to ${dir}\n`);
}

if (import.meta.main) await runCommand('grade', main, { inputErrors: [LessonError] });
