import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { describe, expect, test } from 'vitest';
import { chromiumArgs, findChromium } from '../../e2e/find-browser.ts';
import { taskSet } from '../grader/index.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';
import { lessonSchema, type LoadedLesson as Lesson } from '../lessons/index.ts';
import { escapeHtml, htmlReport } from './report-html.ts';
import { gradeSubmission } from './run-submission.ts';

const tasks = taskSet({
  kind: 'coroutine',
  start: /^task (?<task>\w) started, waiting (?<seconds>[\d.]+) s$/,
  end: /^task (?<task>\w) finished$/,
  expected: ['A', 'B'],
});

function lesson(): Lesson {
  return {
    id: 'demo',
    where: 'content/demo',
    dir: '/nowhere',
    data: lessonSchema.parse({ title: 'Demo <lesson>', summary: 'demo', chapter: 1, order: 1 }),
    starter: {},
    solution: {},
    wrong: {},
    checks: { checks: [tasks.overlap(), tasks.totalNearLongest()], timeline: tasks.patterns },
    timeLimitMs: 30_000,
  };
}

const together: RecordedLine[] = [
  [0, 'task A started, waiting 2 s'],
  [1, 'task B started, waiting 3 s'],
  [2000, 'task A finished'],
  [3000, 'task B finished'],
];
const apart: RecordedLine[] = [
  [0, 'task A started, waiting 2 s'],
  [2000, 'task A finished'],
  [2001, 'task B started, waiting 3 s'],
  [5000, 'task B finished'],
];
const HOSTILE_NAME = '<img src=x onerror="window.pwned=1">';
const BELL = String.fromCharCode(7);
const HOSTILE_LINE = `</pre><script>window.pwned=2</script><a href="https://example.com/x">x</a> & ${BELL}`;

function page(): string {
  const l = lesson();
  return htmlReport(l, [
    gradeSubmission(l, 'zoe', recordedRun(together), 3100),
    gradeSubmission(l, HOSTILE_NAME, recordedRun([...apart, [5001, HOSTILE_LINE, 'stderr']]), 5200),
    gradeSubmission(l, 'adam', recordedRun(apart), 5100),
  ]);
}

describe('grade --format html', () => {
  test('escapes everything a submission named or printed', () => {
    const html = page();
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).toContain(escapeHtml(HOSTILE_NAME));
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('</pre><script>');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;window.pwned=2&lt;/script&gt;');
    // The lesson's own title is escaped too, and a control character cannot break the page.
    expect(html).toContain('Demo &lt;lesson&gt;: class report');
    expect(html).not.toContain(BELL);
    // Exactly one script: the page's own sorting code.
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  test('a table of submissions × checks with sortable headings, a timeline per submission and the messages', () => {
    const html = page();
    expect(html).toContain('<table id="results">');
    expect(html.match(/<thead>[\s\S]*?<\/thead>/)?.[0].match(/<button type="button"/g)).toHaveLength(4 + 2);
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(3);
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain('the tasks ran one after the other');
  });

  test('opens with no network at all, and sorts when a heading is clicked', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, page());
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const context = await browser.newContext({ offline: true });
      const p = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      p.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await p.goto(pathToFileURL(file).href);
      const names = () => p.locator('#results tbody th').allTextContents();
      expect(await names()).toEqual(['zoe', HOSTILE_NAME, 'adam']);
      await p.getByRole('button', { name: 'Submission' }).click();
      expect(await names()).toEqual(['zoe', HOSTILE_NAME, 'adam'].sort((a, b) => a.localeCompare(b)));
      await p.getByRole('button', { name: 'Run' }).click();
      expect(await names()).toEqual(['zoe', 'adam', HOSTILE_NAME]);
      await p.getByRole('button', { name: 'Run' }).click();
      expect(await names()).toEqual([HOSTILE_NAME, 'adam', 'zoe']);
      expect(await p.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('grade --format html --lang zh-CN', () => {
  test('the page frame, headings and title are Chinese, with the lesson\'s Chinese title', () => {
    const l: Lesson = { ...lesson(), titles: { 'zh-CN': '演示课' } };
    const html = htmlReport(l, [gradeSubmission(l, 'zoe', recordedRun(together), 3100, [], 'zh-CN'), gradeSubmission(l, 'adam', recordedRun(apart), 5100, [], 'zh-CN')], { locale: 'zh-CN', gradedInMs: 5300, jobs: 2 });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>演示课：全班报告</title>');
    expect(html).toContain('<h1>演示课：全班报告</h1>');
    expect(html).toContain('<p>2 份提交：<span class="pass">1 份通过</span>，<span class="fail">1 份未通过</span> · 评分用时 5.3 s，同时运行 2 份');
    for (const heading of ['提交', '结果', '检查', '运行']) expect(html).toContain(`data-type="${heading === '提交' || heading === '结果' ? 'text' : 'number'}">${heading}</button>`);
    expect(html).toContain('<h2>检查项</h2>');
    expect(html).toContain('点击列标题排序。');
    expect(html).toContain('<p class="pass">每项检查都通过了。</p>');
    expect(html).toMatch(/<summary>输出（4 行） · 运行 /);
    expect(html).not.toMatch(/class report|Submission|Every check passed|Click a column|>Checks</);
    // A lesson without a Chinese title keeps its English one inside the Chinese frame.
    expect(htmlReport(lesson(), [], { locale: 'zh-CN' })).toContain('<title>Demo &lt;lesson&gt;：全班报告</title>');
  });
});
