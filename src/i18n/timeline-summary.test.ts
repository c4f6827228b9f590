import { describe, expect, it } from 'vitest';
import { timelineModel } from '../grader/timeline.ts';
import type { TaskSpan } from '../grader/spans.ts';
import { timelineSummary } from './timeline-summary.ts';

const span = (task: string, start: number, end: number | null): TaskSpan =>
  ({ task, kind: 'process', start: { at: start }, end: end === null ? null : { at: end } }) as unknown as TaskSpan;

describe('timeline summary in Chinese', () => {
  it('says which tasks overlapped, and when', () => {
    const model = timelineModel([span('A', 0, 2000), span('B', 10, 3000)], 3000);
    expect(timelineSummary(model, 'zh-CN')).toBe('A 从 0.00 秒运行到 2.00 秒；B 从 0.01 秒运行到 3.00 秒。从 0.01 秒到 2.00 秒，它们全都在同时运行。');
    expect(timelineSummary(model, 'en')).toBe(model.summary);
  });
  it('names a task that never finished, and an empty run', () => {
    expect(timelineSummary(timelineModel([span('A', 500, null)], 900), 'zh-CN')).toContain('A 在 0.50 秒开始，一直没有结束');
    expect(timelineSummary(timelineModel([], 900), 'zh-CN')).toBe('没有任务打印开始行，所以没有可画的内容。');
  });
});
