/**
 * The timeline in words, in the page's language. English is the grader's own summary
 * (src/grader/timeline.ts, also used by the CLI); Chinese is written here from the same lanes.
 */
import type { TimelineModel } from '../grader/timeline.ts';
import type { Locale } from './index.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} 秒`;

export function timelineSummary(model: TimelineModel, locale: Locale): string {
  if (locale === 'en') return model.summary;
  const { lanes } = model;
  if (lanes.length === 0) return '没有任务打印开始行，所以没有可画的内容。';
  const parts = lanes.map((l) => (l.finished ? `${l.label} 从 ${s(l.startMs)}运行到 ${s(l.endMs)}` : `${l.label} 在 ${s(l.startMs)}开始，一直没有结束`));
  const finished = lanes.filter((l) => l.finished);
  let overlap = '';
  if (finished.length > 1) {
    const lastStart = Math.max(...finished.map((l) => l.startMs));
    const firstEnd = Math.min(...finished.map((l) => l.endMs));
    overlap = lastStart < firstEnd ? `从 ${s(lastStart)}到 ${s(firstEnd)}，它们全都在同时运行。` : '它们没有全部同时运行。';
  }
  return `${parts.join('；')}。${overlap}`;
}
