/**
 * Reports of graded runs, built from the grader's own result model: readable text, Exercism's
 * results.json (v3), JUnit XML (Surefire/Jenkins shape) and TAP 14. All pure functions of GradedSubmission.
 */
import { hostname } from 'node:os';
import { stripAnsi } from '../grader/index.ts';
import type { CheckResult, CheckStatus } from '../grader/index.ts';
import { reportWords } from './report-words.ts';
import type { GradedSubmission } from './run-submission.ts';

export const FORMATS = ['text', 'json', 'junit', 'tap'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { text: 'txt', json: 'json', junit: 'xml', tap: 'tap' };

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Shared bits

export function seconds(ms: number, digits = 2): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', undecided: '?' };

/** The program's output as one text, ANSI codes removed (stderr lines as they came, in order). */
function programOutput(graded: GradedSubmission): string {
  return graded.run.lines.map((l) => stripAnsi(l.text)).join('\n');
}

/** "lesson · submission", or the lesson alone when the submission is named after it (an exported assignment). */
function heading(graded: GradedSubmission): string {
  return graded.name === graded.lessonId ? graded.lessonId : `${graded.lessonId} · ${graded.name}`;
}

function checksPassed(graded: GradedSubmission): string {
  return `${graded.report.counts.pass}/${graded.report.results.length}`;
}

function describeExit(graded: GradedSubmission): string {
  const t = graded.timings;
  const w = reportWords(graded.locale);
  const how = t.exitCode !== null ? w.exitCode(t.exitCode) : t.signal ? w.signal(t.signal) : w.noExitCode;
  // The end reason is a machine word (timeout, output-limit, …), the same in every language.
  return t.reason === 'exited' ? how : `${how}${w.listSeparator}${t.reason}`;
}

export function timingLine(graded: GradedSubmission): string {
  const t = graded.timings;
  const w = reportWords(graded.locale);
  const span = t.firstToLastLineMs === null ? w.noOutput : seconds(t.firstToLastLineMs);
  return w.timing(seconds(t.durationMs), describeExit(graded), span);
}

// ---------------------------------------------------------------------------------------------
// Text

export function textReport(graded: GradedSubmission): string {
  const out: string[] = [];
  const w = reportWords(graded.locale);
  const verdict = graded.verdict === 'pass' ? w.pass : graded.verdict === 'fail' ? w.fail : w.error;
  const unsure = graded.verdict === 'pass' ? graded.report.counts.undecided : 0;
  const note = unsure > 0 ? w.unsureNote(unsure) : '';
  out.push(`${heading(graded)}: ${verdict}${note}`);
  if (graded.message) out.push(`  ${graded.message}`);
  for (const r of graded.report.results) {
    out.push(`  ${MARK[r.status]} ${r.title}`);
    if (r.status === 'fail') out.push(indent(r.message, 6));
    else if (r.status === 'undecided') out.push(indent(`${w.couldNotDecidePrefix}${r.message}`, 6));
  }
  out.push(`  ${timingLine(graded)}`);
  if (graded.fromStarter.length > 0) out.push(`  ${w.fromStarter}${graded.fromStarter.join(', ')}`);
  const { pass, fail, undecided } = graded.report.counts;
  const total = graded.report.results.length;
  const tail = [fail > 0 ? w.failed(fail) : '', undecided > 0 ? w.undecided(undecided) : ''].filter(Boolean).join(w.listSeparator);
  out.push(`  ${w.checksPassed(pass, total, tail)}`);
  return `${out.join('\n')}\n`;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/** The many-submissions table, then `N passed, N failed` alone on the last line. */
export function summaryTable(runs: readonly GradedSubmission[]): string {
  const w = reportWords(runs[0]?.locale);
  const rows = runs.map((g) => [g.name, g.verdict === 'pass' ? w.table.passed : g.verdict === 'fail' ? w.table.failed : w.table.error, checksPassed(g), seconds(g.timings.durationMs)]);
  const header = [w.table.submission, w.table.result, w.table.checks, w.table.duration];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (c: string, i: number) => ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? pad(c, i) + c : c + pad(c, i))).join('  ').trimEnd();
  const passed = runs.filter((g) => g.verdict === 'pass').length;
  const errors = runs.filter((g) => g.verdict === 'error').length;
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  if (errors > 0) out.push(w.errorsNote(errors));
  out.push(finalLine(passed, runs.length - passed, runs[0]?.locale));
  return `${out.join('\n')}\n`;
}

/** Columns a text takes in a terminal: CJK and other wide characters take two. */
function width(text: string): number {
  let n = 0;
  for (const c of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return n;
}

export function finalLine(passed: number, failed: number, locale?: GradedSubmission['locale']): string {
  return reportWords(locale).finalLine(passed, failed);
}

// ---------------------------------------------------------------------------------------------
// Exercism results.json v3 (https://exercism.org/docs/building/tooling/test-runners/interface)

const EXERCISM_OUTPUT_LIMIT = 500;
const TRUNCATED = '\n…Output was truncated. Please limit to 500 chars.';

/** At most 500 characters, as Exercism does, saying so when cut. */
export function capOutput(text: string, limit = EXERCISM_OUTPUT_LIMIT): string {
  const chars = [...text];
  if (chars.length <= limit) return text;
  return chars.slice(0, Math.max(0, limit - TRUNCATED.length)).join('') + TRUNCATED;
}

interface ExercismTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  message: string;
  output: string | null;
  task_id?: number;
}

export interface ExercismResults {
  version: 3;
  status: 'pass' | 'fail' | 'error';
  message?: string;
  tests: ExercismTest[];
  timings: {
    durationMs: number;
    firstToLastLineMs: number | null;
    exitCode: number | null;
    signal: string | null;
    reason: string;
  };
}

const EXERCISM_STATUS: Record<CheckStatus, ExercismTest['status']> = { pass: 'pass', fail: 'fail', undecided: 'error' };

export function exercismResults(graded: GradedSubmission): ExercismResults {
  const output = capOutput(programOutput(graded));
  const results: ExercismResults = {
    version: 3,
    status: graded.verdict,
    tests: graded.report.results.map((r) => ({
      name: r.title,
      status: EXERCISM_STATUS[r.status],
      message: r.status === 'undecided' ? `${reportWords(graded.locale).couldNotDecideTitle}${r.message}` : r.message,
      output: output === '' ? null : output,
    })),
    timings: {
      durationMs: graded.timings.durationMs,
      firstToLastLineMs: graded.timings.firstToLastLineMs,
      exitCode: graded.timings.exitCode,
      signal: graded.timings.signal,
      reason: graded.timings.reason,
    },
  };
  if (graded.verdict === 'error') results.message = graded.message ?? reportWords(graded.locale).didNotRun();
  return results;
}

function jsonReport(graded: GradedSubmission): string {
  return `${JSON.stringify(exercismResults(graded), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// JUnit XML

/**
 * Text safe for XML 1.0: ANSI codes removed, then characters XML 1.0 forbids (C0 controls other
 * than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) shown as `\uXXXX` instead of breaking the file.
 */
export function xmlSafe(text: string): string {
  return stripAnsi(text).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: quotes escaped, and newlines/tabs as references so parsers keep them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

/** `2014-01-21T16:17:18`: the JUnit schemas' timestamp, without a time zone. */
function junitTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19);
}

function junitSeconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function counts(graded: GradedSubmission): { tests: number; failures: number; errors: number } {
  const c = graded.report.counts;
  return { tests: graded.report.results.length, failures: c.fail, errors: c.undecided };
}

function junitCase(graded: GradedSubmission, r: CheckResult): string {
  const head = `    <testcase${attrs({ classname: graded.lessonId, name: r.title, time: '0.000' })}`;
  if (r.status === 'pass') return `${head}/>`;
  const tag = r.status === 'fail' ? 'failure' : 'error';
  const type = r.status === 'fail' ? 'CheckFailed' : 'CouldNotDecide';
  const message = r.status === 'fail' ? r.message : `${reportWords(graded.locale).couldNotDecideTitle}${r.message}`;
  return `${head}>\n      <${tag}${attrs({ message, type })}>${xmlText(`${r.id}: ${message}`)}</${tag}>\n    </testcase>`;
}

function junitSuite(graded: GradedSubmission, id: number, when: Date): string {
  const c = counts(graded);
  const stdout = graded.run.lines.filter((l) => l.stream !== 'stderr').map((l) => l.text).join('\n');
  const stderr = graded.run.lines.filter((l) => l.stream === 'stderr').map((l) => l.text).join('\n');
  const props: Record<string, string> = {
    lesson: graded.lessonId,
    submission: graded.name,
    status: graded.verdict,
    durationMs: String(graded.timings.durationMs),
    firstToLastLineMs: graded.timings.firstToLastLineMs === null ? '' : String(graded.timings.firstToLastLineMs),
    exitCode: graded.timings.exitCode === null ? '' : String(graded.timings.exitCode),
    reason: graded.timings.reason,
  };
  if (graded.message) props.message = graded.message;
  const lines = [
    `  <testsuite${attrs({
      name: `${graded.lessonId}.${graded.name}`,
      tests: c.tests,
      failures: c.failures,
      errors: c.errors,
      skipped: 0,
      time: junitSeconds(graded.timings.durationMs),
      timestamp: junitTimestamp(when),
      hostname: hostname() || 'localhost',
      id,
      package: graded.lessonId,
    })}>`,
    '    <properties>',
    ...Object.entries(props).map(([name, value]) => `      <property${attrs({ name, value })}/>`),
    '    </properties>',
    ...graded.report.results.map((r) => junitCase(graded, r)),
    `    <system-out>${xmlText(stdout)}</system-out>`,
    `    <system-err>${xmlText(stderr)}</system-err>`,
    '  </testsuite>',
  ];
  return lines.join('\n');
}

/**
 * One `<testsuites>` document with one `<testsuite>` per graded run and one `<testcase>` per check:
 * failed checks carry `<failure>`, checks that could not decide `<error>`. Per-check times are 0:
 * the checks judge one run together, whose time is the suite's.
 */
export function junitReport(runs: readonly GradedSubmission[], when = new Date()): string {
  const total = runs.reduce(
    (acc, g) => {
      const c = counts(g);
      return { tests: acc.tests + c.tests, failures: acc.failures + c.failures, errors: acc.errors + c.errors, ms: acc.ms + g.timings.durationMs };
    },
    { tests: 0, failures: 0, errors: 0, ms: 0 },
  );
  const name = runs.length === 1 && runs[0] ? `${runs[0].lessonId}.${runs[0].name}` : (runs[0]?.lessonId ?? 'grade');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name, tests: total.tests, failures: total.failures, errors: total.errors, time: junitSeconds(total.ms) })}>`,
    ...runs.map((g, i) => junitSuite(g, i, when)),
    '</testsuites>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// TAP 14 (https://testanything.org/tap-version-14-specification.html)

/** A test point's description: one line, `#` escaped so it is not read as a directive. */
export function tapDescription(text: string): string {
  return xmlSafe(text).replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/#/g, '\\#');
}

/** A YAML double-quoted scalar: JSON's escapes, plus the characters YAML wants escaped that JSON leaves. */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function tapReport(graded: GradedSubmission): string {
  const results = graded.report.results;
  const out = ['TAP version 14', `1..${results.length}`, `# ${tapDescription(heading(graded))}`];
  if (graded.message) out.push(`# ${tapDescription(graded.message)}`);
  results.forEach((r, i) => {
    const n = i + 1;
    if (r.status === 'pass') {
      out.push(`ok ${n} - ${tapDescription(r.title)}`);
      return;
    }
    out.push(`not ok ${n} - ${tapDescription(r.title)}`);
    out.push('  ---');
    out.push(`  message: ${yamlString(r.message)}`);
    out.push(`  severity: ${r.status === 'fail' ? 'fail' : 'undecided'}`);
    out.push(`  check: ${yamlString(r.id)}`);
    out.push('  ...');
  });
  out.push(`# ${tapDescription(timingLine(graded))}`);
  return `${out.join('\n')}\n`;
}

export function render(format: Format, graded: GradedSubmission): string {
  switch (format) {
    case 'text':
      return textReport(graded);
    case 'json':
      return jsonReport(graded);
    case 'junit':
      return junitReport([graded]);
    case 'tap':
      return tapReport(graded);
  }
}
