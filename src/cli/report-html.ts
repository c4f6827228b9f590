/**
 * `grade --format html`: one self-contained page for a class. A table of submissions × checks
 * (sortable by any column), then each submission's timeline picture, messages and output. No
 * network: CSS and the sorting script are inline, the pictures are SVG drawn here, and the page's
 * Content-Security-Policy forbids loading anything else. Everything a submission printed or was
 * named is escaped, so hostile output stays text.
 */
import { checkTitles, stripAnsi, type CheckStatus } from '../grader/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { TimelineModel } from '../grader/timeline.ts';
import type { LoadedLesson as Lesson } from '../lessons/index.ts';
import { reportWords, type ReportWords } from './report-words.ts';
import { seconds, timingLine } from './reports.ts';
import type { GradedSubmission } from './run-submission.ts';

/** Text safe inside HTML elements and quoted attributes; C0 controls (but tab/newline) shown as U+FFFD. */
export function escapeHtml(text: string): string {
  return stripAnsi(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', undecided: '?' };
const word = (w: ReportWords, status: CheckStatus): string => (status === 'pass' ? w.html.passed : status === 'fail' ? w.html.failed : w.html.couldNotDecide);
const OUTPUT_LINES = 400;

/** A submission's timeline, drawn from the same spans the checks read. */
function timelineSvg(model: TimelineModel, words: ReportWords): string {
  if (model.lanes.length === 0) return `<p class="muted">${escapeHtml(model.summary)}</p>`;
  const labelW = 150;
  const width = 640;
  const laneH = 22;
  const top = 6;
  const height = top + model.lanes.length * laneH + 24;
  const x = (ms: number) => labelW + ((width - labelW - 24) * ms) / model.axisMs;
  const parts: string[] = [];
  for (const t of model.ticks) {
    parts.push(`<line x1="${x(t).toFixed(1)}" y1="${top}" x2="${x(t).toFixed(1)}" y2="${height - 20}" class="tick"/>`);
    parts.push(`<text x="${x(t).toFixed(1)}" y="${height - 6}" class="axis">${escapeHtml(seconds(t, t % 1000 === 0 ? 0 : 1))}</text>`);
  }
  model.lanes.forEach((lane, i) => {
    const y = top + i * laneH;
    parts.push(`<text x="${labelW - 6}" y="${y + 15}" class="label">${escapeHtml(lane.label.length > 22 ? `${lane.label.slice(0, 21)}…` : lane.label)}</text>`);
    const w = Math.max(2, x(lane.endMs) - x(lane.startMs));
    parts.push(
      `<rect x="${x(lane.startMs).toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${laneH - 6}" rx="3" class="bar ${lane.kind}${lane.finished ? '' : ' open'}"><title>${escapeHtml(`${lane.label}: ${seconds(lane.startMs)} → ${lane.finished ? seconds(lane.endMs) : words.html.neverFinished}`)}</title></rect>`,
    );
  });
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(model.summary)}">${parts.join('')}</svg>`;
}

export interface HtmlReportOptions {
  /** Wall time of the whole grading (ms) and how many ran at once, for the header. */
  gradedInMs?: number;
  jobs?: number;
  /** When the grading ran; the page states it. */
  when?: Date;
  /** The language of the checks' titles and messages (the page's `lang`); default English. */
  locale?: Locale;
}

/** The class page: `lesson` gives the title and the checks' columns, `graded` one row each. */
export function htmlReport(lesson: Pick<Lesson, 'id' | 'checks' | 'data' | 'checkTexts' | 'titles'>, graded: readonly GradedSubmission[], options: HtmlReportOptions = {}): string {
  const locale = options.locale ?? 'en';
  const checks = checkTitles(lesson.checks.checks, locale, locale === 'en' ? undefined : lesson.checkTexts?.[locale]);
  const counts = { pass: 0, fail: 0, error: 0 };
  for (const g of graded) counts[g.verdict]++;
  const w = reportWords(locale);
  const title = w.html.title((locale === 'en' ? undefined : lesson.titles?.[locale]) ?? lesson.data.title);

  const head = [
    `<th scope="col"><button type="button" data-type="text">${w.html.submission}</button></th>`,
    `<th scope="col"><button type="button" data-type="text">${w.html.result}</button></th>`,
    `<th scope="col"><button type="button" data-type="number">${w.html.checks}</button></th>`,
    `<th scope="col"><button type="button" data-type="number">${w.html.run}</button></th>`,
    ...checks.map((c, i) => `<th scope="col" title="${escapeHtml(c.title)}"><button type="button" data-type="number">${i + 1}</button></th>`),
  ].join('');

  const rows = graded.map((g, n) => {
    const byId = new Map(g.report.results.map((r) => [r.id, r]));
    const cells = checks.map((c) => {
      const r = byId.get(c.id);
      if (!r) return '<td data-sort="3" class="none">–</td>';
      const rank = r.status === 'fail' ? 0 : r.status === 'undecided' ? 1 : 2;
      return `<td data-sort="${rank}" class="${r.status}" title="${escapeHtml(`${c.title}: ${word(w, r.status)}${locale === 'en' ? '. ' : '。'}${r.message}`)}">${MARK[r.status]}</td>`;
    });
    const result = g.verdict === 'pass' ? (g.report.counts.undecided > 0 ? w.html.passedUnsure : w.html.passed) : g.verdict === 'fail' ? w.html.failed : w.html.error;
    return (
      `<tr><th scope="row" data-sort="${escapeHtml(g.name)}"><a href="#s${n}">${escapeHtml(g.name)}</a></th>` +
      `<td data-sort="${escapeHtml(result)}" class="${g.verdict}">${result}</td>` +
      `<td data-sort="${g.report.counts.pass}">${g.report.counts.pass}/${g.report.results.length}</td>` +
      `<td data-sort="${Math.round(g.timings.durationMs)}">${escapeHtml(seconds(g.timings.durationMs))}</td>${cells.join('')}</tr>`
    );
  });

  const details = graded.map((g, n) => {
    const problems = g.report.results.filter((r) => r.status !== 'pass');
    const messages = problems.length
      ? `<ul class="messages">${problems.map((r) => `<li class="${r.status}"><strong>${MARK[r.status]} ${escapeHtml(r.title)}</strong><br>${escapeHtml(r.status === 'undecided' ? `${w.couldNotDecideTitle}${r.message}` : r.message)}</li>`).join('')}</ul>`
      : `<p class="pass">${w.html.everyCheckPassed}</p>`;
    const lines = g.run.lines;
    const shown = lines.slice(0, OUTPUT_LINES).map((l) => (l.stream === 'stderr' ? `<span class="err">${escapeHtml(l.text)}</span>` : escapeHtml(l.text)));
    const more = lines.length > OUTPUT_LINES ? `\n${w.html.moreLines(lines.length - OUTPUT_LINES)}` : '';
    return [
      `<section id="s${n}"><h2>${escapeHtml(g.name)} <span class="${g.verdict}">${g.verdict === 'pass' ? w.html.passed : g.verdict === 'fail' ? w.html.failed : w.html.error}</span></h2>`,
      g.message ? `<p>${escapeHtml(g.message)}</p>` : '',
      g.timeline ? `<figure>${timelineSvg(g.timeline, w)}</figure>` : '',
      messages,
      `<details><summary>${escapeHtml(w.html.output(lines.length))} · ${escapeHtml(timingLine(g))}</summary><pre>${shown.join('\n')}${more}</pre></details>`,
      '</section>',
    ].join('\n');
  });

  const legend = checks.map((c, i) => `<li value="${i + 1}">${escapeHtml(c.title)}</li>`).join('');
  const timing = options.gradedInMs !== undefined ? w.html.gradedIn(seconds(options.gradedInMs, 1), options.jobs) : '';
  const when = (options.when ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1>
<p>${w.html.submissions(graded.length)}${locale === 'en' ? ': ' : '：'}<span class="pass">${w.html.passedCount(counts.pass)}</span>${w.listSeparator}<span class="fail">${w.html.failedCount(counts.fail)}</span>${counts.error ? `${w.listSeparator}<span class="error">${w.html.didNotEnd(counts.error)}</span>` : ''}${timing} · ${escapeHtml(when)} UTC</p></header>
<main>
<div class="scroll"><table id="results"><thead><tr>${head}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>
<p class="muted">${w.html.legend}</p>
<h2>${w.html.checksHeading}</h2><ol class="legend">${legend}</ol>
${details.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#5b6470;--line:#d6dae0;--pass:#176b34;--fail:#b3261e;--undecided:#8a5a00;--bar:#3b6fd8}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--bg:#15181c;--muted:#a0a8b3;--line:#39404a;--pass:#5ccf86;--fail:#ff7b72;--undecided:#e3b341;--bar:#6f9bff}}
body{font:15px/1.45 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-top:1px solid var(--line);padding-top:1rem}
.scroll{overflow-x:auto}table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:center}
th[scope=row]{text-align:left;font-weight:normal}thead button{font:inherit;font-weight:600;background:none;border:0;color:inherit;cursor:pointer;padding:0}
thead button::after{content:' ↕';color:var(--muted)}th[aria-sort=ascending] button::after{content:' ↑'}th[aria-sort=descending] button::after{content:' ↓'}
.pass{color:var(--pass)}.fail,.error{color:var(--fail)}.undecided{color:var(--undecided)}.muted{color:var(--muted)}
pre{background:color-mix(in srgb,var(--fg) 6%,transparent);padding:.6rem;overflow-x:auto;white-space:pre-wrap;word-break:break-word}.err{color:var(--fail)}
.messages{padding-left:1.2rem}.messages li{margin:.35rem 0}svg .tick{stroke:var(--line)}svg text{fill:var(--fg);font-size:11px}
svg .label{text-anchor:end}svg .axis{text-anchor:middle;fill:var(--muted)}svg .bar{fill:var(--bar)}svg .bar.open{fill-opacity:.45}
svg .bar.process{fill:#c0642f}svg .bar.thread{fill:#7b5cd6}
`;

// Sorts the table by the clicked column: numbers as numbers, text by locale; click again to reverse.
const SCRIPT = `
(() => {
  const table = document.getElementById('results');
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((th, col) => th.querySelector('button').addEventListener('click', () => {
    const asc = th.getAttribute('aria-sort') !== 'ascending';
    heads.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    const numeric = th.querySelector('button').dataset.type === 'number';
    const key = (row) => row.cells[col].dataset.sort ?? row.cells[col].textContent;
    const rows = [...table.tBodies[0].rows];
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return asc ? d : -d;
    });
    table.tBodies[0].append(...rows);
  }));
})();
`;
