/**
 * `npm run experiment:timing -- [--runs 20] [--load | --idle] [--parallel K] [lesson-id...]`
 *
 * The repeat-run experiment: is a lesson's grading stable? For every lesson (or the ones named),
 * runs the reference solution and each typical wrong answer (`content/<id>/_wrong/<name>/`) N times,
 * first on an idle machine, then while busy-loop processes (one per core) load the CPU, and counts
 * how often each program passed and failed. The solution should pass N/N and every wrong answer
 * fail N/N in both conditions; anything else is a flaky check (or a wrong answer the checks miss).
 * Runs are one after another per condition by default; `--parallel K` runs K at once, drawn from
 * every program's runs together (so 50 at once means 50 programs running, whatever `--runs` is).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { FileMap } from '../run-contract/events.ts';
import { EXIT, parse, positiveInt, runCommand, UsageError, writeOut } from './cli-support.ts';
import { lessonIds, loadLesson } from '../lessons/from-disk.ts';
import { LessonError, lessonPrograms, type LoadedLesson as Lesson } from '../lessons/index.ts';
import { mapPool } from './pool.ts';
import { seconds } from './reports.ts';
import { runAndGrade, type GradedSubmission } from './run-submission.ts';

const USAGE =
  'Usage: npm run experiment:timing -- [--runs 20] [--load | --idle] [--parallel K] [--program solution,wrong/<name>] [--json <file>] [lesson-id...]';

type Condition = 'idle' | 'load';

interface Program {
  lesson: Lesson;
  name: string;
  files: FileMap;
  expect: 'pass' | 'fail';
}

interface Tally {
  program: Program;
  condition: Condition;
  runs: number;
  passed: number;
  failed: number;
  /** Of the failed: runs the runner stopped or that could not run. */
  errors: number;
  /** Check id → how many runs it failed or could not decide in. */
  checkFails: Map<string, number>;
  firstToLast: number[];
  /** Up to three distinct messages per check id, for the report. */
  examples: Map<string, string[]>;
  /** Every run, for `--json`. */
  raw: GradedSubmission[];
}

// ---------------------------------------------------------------------------------------------
// CPU load: one busy-loop Node process per core, killed when the condition ends (or we exit).

const loaders = new Set<ChildProcess>();

function killLoaders(): void {
  for (const child of loaders) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  loaders.clear();
}

async function startLoad(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    child.on('error', () => {});
    child.once('exit', () => loaders.delete(child));
    loaders.add(child);
  }
  await new Promise((r) => setTimeout(r, 300)); // let them get going
}

// ---------------------------------------------------------------------------------------------

function tallyOf(program: Program, condition: Condition, results: GradedSubmission[]): Tally {
  const t: Tally = { program, condition, runs: results.length, passed: 0, failed: 0, errors: 0, checkFails: new Map(), firstToLast: [], examples: new Map(), raw: results };
  for (const g of results) {
    if (g.verdict === 'pass') t.passed++;
    else t.failed++;
    if (g.verdict === 'error') t.errors++;
    if (g.timings.firstToLastLineMs !== null) t.firstToLast.push(g.timings.firstToLastLineMs);
    for (const r of g.report.results) {
      if (r.status === 'pass') continue;
      t.checkFails.set(r.id, (t.checkFails.get(r.id) ?? 0) + 1);
      const seen = t.examples.get(r.id) ?? [];
      const message = `${r.status === 'undecided' ? 'could not decide: ' : ''}${r.message}`;
      if (seen.length < 3 && !seen.includes(message)) seen.push(message);
      t.examples.set(r.id, seen);
    }
  }
  return t;
}

function unexpected(t: Tally): number {
  return t.program.expect === 'pass' ? t.failed : t.passed;
}

/** Checks that did not give the same verdict in every run: flaky, whatever the program's overall result. */
function inconsistent(t: Tally): [string, number][] {
  return [...t.checkFails.entries()].filter(([, n]) => n > 0 && n < t.runs);
}

function spread(values: number[]): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${seconds(sorted[0] ?? 0)} / ${seconds(median)} / ${seconds(sorted.at(-1) ?? 0)}`;
}

function checksCell(t: Tally): string {
  if (t.checkFails.size === 0) return '–';
  return [...t.checkFails.entries()].map(([id, n]) => `${id} ${n}/${t.runs}`).join(', ');
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r, ri) => (ri === 1 ? widths.map((w) => '-'.repeat(w)) : r).map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      runs: { type: 'string', short: 'n' },
      load: { type: 'boolean' },
      idle: { type: 'boolean' },
      parallel: { type: 'string', short: 'p' },
      program: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    await writeOut(`${USAGE}\n`);
    return EXIT.ok;
  }
  const runs = positiveInt(values.runs, '--runs') ?? 20;
  const parallel = positiveInt(values.parallel, '--parallel') ?? 1;
  const conditions: Condition[] = values.load && !values.idle ? ['load'] : values.idle && !values.load ? ['idle'] : ['idle', 'load'];
  const known = await lessonIds();
  const ids = positionals.length > 0 ? positionals : known;
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new UsageError(`Unknown lesson${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}. Known lessons: ${known.join(', ') || '(none)'}.`);

  const lessons = await Promise.all(ids.map((id) => loadLesson(id)));
  const only = values.program?.split(',').map((p) => p.trim()).filter(Boolean);
  const programs: Program[] = lessons
    // The lesson's programs (src/lessons), named as --program takes them; the starter only on request.
    .flatMap((lesson) => lessonPrograms(lesson).map(({ key, files, expect }) => ({ lesson, name: key, files, expect })))
    .filter((p) => (only ? only.includes(p.name) : p.name !== 'starter'));
  if (programs.length === 0) throw new UsageError(`No program matches --program ${values.program}: use solution, starter or wrong/<name>.`);
  const cores = availableParallelism();
  process.stderr.write(
    `Repeat-run experiment: ${programs.length} programs × ${runs} runs × ${conditions.join(' + ')}, ${parallel} at once` +
      `${conditions.includes('load') ? `; load = ${cores} busy-loop processes (one per core)` : ''}.\n`,
  );

  const started = performance.now();
  const tallies: Tally[] = [];
  for (const condition of conditions) {
    if (condition === 'load') await startLoad(cores);
    try {
      // One pool for every program's runs, so `--parallel K` really has K programs running at once.
      const t0 = performance.now();
      const jobs = programs.flatMap((program) => Array.from({ length: runs }, () => program));
      const results = await mapPool(jobs, parallel, (program) => runAndGrade(program.lesson, program.name, program.files));
      programs.forEach((program, p) => {
        const tally = tallyOf(program, condition, results.slice(p * runs, (p + 1) * runs));
        tallies.push(tally);
        process.stderr.write(`${condition.padEnd(4)}  ${program.lesson.id}/${program.name}: ${tally.passed} passed, ${tally.failed} failed of ${runs}\n`);
      });
      process.stderr.write(`${condition.padEnd(4)}  ${jobs.length} runs, ${parallel} at once, in ${seconds(performance.now() - t0, 1)}\n`);
    } finally {
      if (condition === 'load') killLoaders();
    }
  }

  const header = ['lesson', 'program', 'expected', 'condition', 'passed', 'failed', 'unexpected', 'checks not passed (runs)', 'first→last line min / median / max'];
  const rows = tallies.map((t) => [
    t.program.lesson.id,
    t.program.name,
    t.program.expect,
    t.condition,
    `${t.passed}/${t.runs}`,
    `${t.failed}/${t.runs}${t.errors > 0 ? ` (${t.errors} error)` : ''}`,
    String(unexpected(t)),
    checksCell(t),
    spread(t.firstToLast),
  ]);
  const flaky = tallies.filter((t) => unexpected(t) > 0 || inconsistent(t).length > 0);
  const wrongVerdicts = tallies.reduce((n, t) => n + unexpected(t), 0);
  const verdicts = tallies.reduce((n, t) => n + t.runs, 0);
  const out: string[] = [];
  out.push(table([header, header, ...rows]));
  out.push('');
  if (flaky.length === 0) {
    out.push(`Every solution passed every run and every wrong answer failed every run (${conditions.join(' and ')}).`);
  } else {
    out.push('Unexpected or inconsistent results (a check that does not give the same verdict every run is flaky):');
    for (const t of flaky) {
      const what: string[] = [];
      if (unexpected(t) > 0) what.push(t.program.expect === 'pass' ? `failed ${t.failed}/${t.runs}` : `passed ${t.passed}/${t.runs} (a wrong answer the checks miss)`);
      for (const [id, n] of inconsistent(t)) what.push(`${id} failed ${n}/${t.runs}`);
      out.push(`  ${t.program.lesson.id}/${t.program.name} (${t.condition}): ${what.join('; ')}`);
      const ids = new Set([...inconsistent(t).map(([id]) => id), ...(t.program.expect === 'pass' ? t.checkFails.keys() : [])]);
      for (const id of ids) for (const message of t.examples.get(id) ?? []) out.push(`    ${id}: ${message}`);
    }
  }
  out.push(`Wrong verdicts: ${wrongVerdicts} of ${verdicts} (${parallel} at once).`);
  out.push(`Experiment took ${seconds(performance.now() - started, 0)} on ${cores} cores, Node ${process.version}.`);
  out.push('');
  // The figures, ready to paste into a note (Markdown).
  out.push(`### Repeat-run figures (${runs} runs each, ${cores} cores, ${parallel} at once${conditions.includes('load') ? `, load = ${cores} busy loops` : ''})`);
  out.push('');
  out.push('| lesson | program | expected | condition | passed | failed | checks not passed | first→last line (min / median / max) |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const t of tallies) {
    out.push(`| ${t.program.lesson.id} | ${t.program.name} | ${t.program.expect} | ${t.condition} | ${t.passed}/${t.runs} | ${t.failed}/${t.runs} | ${checksCell(t)} | ${spread(t.firstToLast)} |`);
  }
  if (values.json !== undefined) {
    const raw = tallies.map((t) => ({
      lesson: t.program.lesson.id,
      program: t.program.name,
      expect: t.program.expect,
      condition: t.condition,
      runs: t.raw.map((g) => ({
        status: g.verdict,
        timings: g.timings,
        wallMs: Math.round(g.wallMs),
        checks: g.report.results.map((r) => ({ id: r.id, status: r.status, message: r.message })),
      })),
    }));
    await writeFile(values.json, `${JSON.stringify({ cores, node: process.version, runs, parallel, results: raw }, null, 1)}\n`);
    out.push('', `Every run's timings and verdicts: ${values.json}`);
  }
  await writeOut(`${out.join('\n')}\n`);
  return flaky.length === 0 ? EXIT.ok : EXIT.failed;
}

if (import.meta.main) {
  process.on('exit', killLoaders);
  await runCommand('experiment', main, { inputErrors: [LessonError], cleanup: killLoaders });
}
