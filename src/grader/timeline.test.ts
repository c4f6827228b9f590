import { describe, expect, test } from 'vitest';
import { findSpans } from './spans.ts';
import { viewRun } from './run-view.ts';
import { recordedRun, type RecordedLine } from '../../test-support/grader/recorded-run.ts';
import { timelineModel } from './timeline.ts';

const patterns = { kind: 'coroutine' as const, start: /^(?<task>\w) start/, end: /^(?<task>\w) end/ };

function model(lines: RecordedLine[]) {
  const view = viewRun(recordedRun(lines));
  return timelineModel(findSpans(view, patterns), view.lines.at(-1)?.at ?? 0);
}

describe('timelineModel', () => {
  test('lanes come from the spans, measured from the first output line', () => {
    const m = model([[150, 'A start'], [151, 'B start'], [2150, 'A end'], [3151, 'B end']]);
    expect(m.lanes).toEqual([
      { task: 'A', label: 'A', kind: 'coroutine', startMs: 0, endMs: 2000, finished: true },
      { task: 'B', label: 'B', kind: 'coroutine', startMs: 1, endMs: 3001, finished: true },
    ]);
    expect(m.axisMs).toBe(3500);
    expect(m.ticks).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500]);
    expect(m.summary).toBe('A ran from 0.00 s to 2.00 s and B ran from 0.00 s to 3.00 s. All of them were running together from 0.00 s to 2.00 s.');
  });

  test('one after the other is said plainly', () => {
    expect(model([[0, 'A start'], [2000, 'A end'], [2000, 'B start'], [5000, 'B end']]).summary).toContain('They did not all run at the same time.');
  });

  test('an unfinished task runs to the last output line', () => {
    const m = model([[0, 'A start'], [0, 'B start'], [2000, 'A end'], [2500, 'crash']]);
    expect(m.lanes[1]).toMatchObject({ task: 'B', endMs: 2500, finished: false });
    expect(m.summary).toContain('B started at 0.00 s and never finished');
  });

  test('when several kinds share the picture, lanes say which model ran them', () => {
    const view = viewRun(recordedRun([[0, 'A start'], [0, 'A go'], [1000, 'A end'], [1000, 'A done']]));
    const processes = findSpans(view, { kind: 'process', start: /^(?<task>\w) start/, end: /^(?<task>\w) end/ });
    const coroutines = findSpans(view, { kind: 'coroutine', start: /^(?<task>\w) go/, end: /^(?<task>\w) done/ });
    const m = timelineModel([...processes, ...coroutines], 1000);
    expect(m.lanes.map((l) => l.label)).toEqual(['process A', 'coroutine A']);
    expect(m.summary).toContain('process A ran from 0.00 s to 1.00 s and coroutine A ran from');
  });

  test('no spans still gives a sentence', () => {
    expect(model([[0, 'hello']]).summary).toContain('nothing to draw');
  });
});
