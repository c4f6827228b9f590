/**
 * The grading reports' own words (their frame around the checks' titles and messages) in each
 * language a report can be written in. The checks' texts come from the grader's catalogs; machine
 * fields (JSON `status`, JUnit `type`, TAP `severity`) stay as the formats define them.
 */
import type { Locale } from '../i18n/index.ts';

export interface ReportWords {
  pass: string;
  fail: string;
  error: string;
  /** After the verdict when some checks could not decide, e.g. " (1 check could not decide: run it again to be sure)". */
  unsureNote(count: number): string;
  couldNotDecide: string;
  /** "could not decide: …" before a message (text report), and "Could not decide: …" (JSON, JUnit, HTML). */
  couldNotDecidePrefix: string;
  couldNotDecideTitle: string;
  exitCode(code: number): string;
  signal(name: string): string;
  noExitCode: string;
  noOutput: string;
  timing(run: string, exit: string, span: string): string;
  fromStarter: string;
  failed(count: number): string;
  undecided(count: number): string;
  checksPassed(pass: number, total: number, tail: string): string;
  listSeparator: string;
  table: { submission: string; result: string; checks: string; duration: string; passed: string; failed: string; error: string };
  errorsNote(count: number): string;
  finalLine(passed: number, failed: number): string;
  /** A run the runner stopped (reason: a machine word such as timeout), and the JSON report's fallback. */
  didNotRun(reason?: string): string;
  html: {
    title(lesson: string): string;
    submission: string;
    result: string;
    checks: string;
    run: string;
    passed: string;
    passedUnsure: string;
    failed: string;
    error: string;
    couldNotDecide: string;
    everyCheckPassed: string;
    output(lines: number): string;
    moreLines(count: number): string;
    submissions(count: number): string;
    passedCount(count: number): string;
    failedCount(count: number): string;
    didNotEnd(count: number): string;
    gradedIn(time: string, jobs: number | undefined): string;
    legend: string;
    checksHeading: string;
    neverFinished: string;
  };
}

const en: ReportWords = {
  pass: 'PASS',
  fail: 'FAIL',
  error: 'ERROR',
  unsureNote: (n) => ` (${n} check${n === 1 ? '' : 's'} could not decide: run it again to be sure)`,
  couldNotDecide: 'could not decide',
  couldNotDecidePrefix: 'could not decide: ',
  couldNotDecideTitle: 'Could not decide: ',
  exitCode: (code) => `exit code ${code}`,
  signal: (name) => `signal ${name}`,
  noExitCode: 'no exit code',
  noOutput: 'no output',
  timing: (run, exit, span) => `run ${run} (${exit}) · first → last line ${span}`,
  fromStarter: 'from the starter: ',
  failed: (n) => `${n} failed`,
  undecided: (n) => `${n} could not decide`,
  checksPassed: (pass, total, tail) => `${pass}/${total} checks passed${tail ? ` (${tail})` : ''}`,
  listSeparator: ', ',
  table: { submission: 'submission', result: 'result', checks: 'checks', duration: 'duration', passed: 'passed', failed: 'failed', error: 'error' },
  errorsNote: (n) => `(${n} of the failed did not run to an end: error)`,
  finalLine: (passed, failed) => `${passed} passed, ${failed} failed`,
  didNotRun: (reason) => `The program did not run to its end${reason ? ` (${reason})` : ''}.`,
  html: {
    title: (lesson) => `${lesson}: class report`,
    submission: 'Submission',
    result: 'Result',
    checks: 'Checks',
    run: 'Run',
    passed: 'passed',
    passedUnsure: 'passed (?)',
    failed: 'failed',
    error: 'error',
    couldNotDecide: 'could not decide',
    everyCheckPassed: 'Every check passed.',
    output: (n) => `Output (${n} line${n === 1 ? '' : 's'})`,
    moreLines: (n) => `… ${n} more lines`,
    submissions: (n) => `${n} submission${n === 1 ? '' : 's'}`,
    passedCount: (n) => `${n} passed`,
    failedCount: (n) => `${n} failed`,
    didNotEnd: (n) => `${n} did not run to an end`,
    gradedIn: (time, jobs) => ` · graded in ${time}${jobs ? `, ${jobs} at once` : ''}`,
    legend: 'Click a column heading to sort. ✓ passed · ✗ failed · ? could not decide (the machine was too busy to measure: run it again). Hover a cell for its message.',
    checksHeading: 'Checks',
    neverFinished: 'never finished',
  },
};

const zhCN: ReportWords = {
  pass: '通过',
  fail: '未通过',
  error: '出错',
  unsureNote: (n) => `（有 ${n} 项检查无法判定：再运行一次以确认）`,
  couldNotDecide: '无法判定',
  couldNotDecidePrefix: '无法判定：',
  couldNotDecideTitle: '无法判定：',
  exitCode: (code) => `退出码 ${code}`,
  signal: (name) => `信号 ${name}`,
  noExitCode: '没有退出码',
  noOutput: '没有输出',
  timing: (run, exit, span) => `运行 ${run}（${exit}）· 第一行 → 最后一行 ${span}`,
  fromStarter: '来自初始代码：',
  failed: (n) => `${n} 项未通过`,
  undecided: (n) => `${n} 项无法判定`,
  checksPassed: (pass, total, tail) => `${pass}/${total} 项检查通过${tail ? `（${tail}）` : ''}`,
  listSeparator: '，',
  table: { submission: '提交', result: '结果', checks: '检查', duration: '用时', passed: '通过', failed: '未通过', error: '出错' },
  errorsNote: (n) => `（未通过的提交中有 ${n} 份没有运行到结束：出错）`,
  finalLine: (passed, failed) => `${passed} 份通过，${failed} 份未通过`,
  didNotRun: (reason) => `程序没有运行到结束${reason ? `（${reason}）` : ''}。`,
  html: {
    title: (lesson) => `${lesson}：全班报告`,
    submission: '提交',
    result: '结果',
    checks: '检查',
    run: '运行',
    passed: '通过',
    passedUnsure: '通过（?）',
    failed: '未通过',
    error: '出错',
    couldNotDecide: '无法判定',
    everyCheckPassed: '每项检查都通过了。',
    output: (n) => `输出（${n} 行）`,
    moreLines: (n) => `… 还有 ${n} 行`,
    submissions: (n) => `${n} 份提交`,
    passedCount: (n) => `${n} 份通过`,
    failedCount: (n) => `${n} 份未通过`,
    didNotEnd: (n) => `${n} 份没有运行到结束`,
    gradedIn: (time, jobs) => ` · 评分用时 ${time}${jobs ? `，同时运行 ${jobs} 份` : ''}`,
    legend: '点击列标题排序。✓ 通过 · ✗ 未通过 · ? 无法判定（机器太忙，无法测量：请再运行一次）。鼠标悬停在单元格上可查看它的消息。',
    checksHeading: '检查项',
    neverFinished: '始终没有结束',
  },
};

const WORDS: Record<Locale, ReportWords> = { en, 'zh-CN': zhCN };

export function reportWords(locale: Locale | undefined): ReportWords {
  return WORDS[locale ?? 'en'];
}
