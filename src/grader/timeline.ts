import { listWords, seconds } from './format.ts';
import type { TaskKind, TaskSpan } from './spans.ts';

/** One lane of the timeline: a task's span in ms since the first output line. */
interface Lane {
  task: string;
  /** What the lane is called: the task, prefixed by its kind when several kinds share the picture. */
  label: string;
  kind: TaskKind;
  startMs: number;
  endMs: number;
  /** False when the task never printed its end line: the bar runs to the end of the output. */
  finished: boolean;
}

export interface TimelineModel {
  lanes: Lane[];
  /** The axis runs from 0 to this (ms), rounded up to a whole tick. */
  axisMs: number;
  ticks: number[];
  /** The same picture in words, for screen readers and for the CLI. */
  summary: string;
}

function tickStep(totalMs: number): number {
  const steps = [100, 200, 250, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000];
  return steps.find((s) => totalMs / s <= 8) ?? 120_000;
}

/** Lays out the spans the grader found, so the learner sees the overlap the checks judged. */
export function timelineModel(spans: readonly TaskSpan[], lastOutputAtMs: number): TimelineModel {
  const mixed = new Set(spans.map((s) => s.kind)).size > 1;
  const lanes: Lane[] = spans.map((s) => ({
    task: s.task,
    label: mixed ? `${s.kind} ${s.task}` : s.task,
    kind: s.kind,
    startMs: s.start.at,
    endMs: s.end ? s.end.at : Math.max(s.start.at, lastOutputAtMs),
    finished: s.end !== null,
  }));
  const latest = Math.max(1, lastOutputAtMs, ...lanes.map((l) => l.endMs));
  const step = tickStep(latest);
  const axisMs = Math.ceil(latest / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= axisMs; t += step) ticks.push(t);
  return { lanes, axisMs, ticks, summary: describe(lanes) };
}

function describe(lanes: Lane[]): string {
  if (lanes.length === 0) return 'No task printed a start line, so there is nothing to draw.';
  const parts = lanes.map((l) => `${l.label} ${l.finished ? `ran from ${seconds(l.startMs)} to ${seconds(l.endMs)}` : `started at ${seconds(l.startMs)} and never finished`}`);
  const finished = lanes.filter((l) => l.finished);
  let overlap = '';
  if (finished.length > 1) {
    const lastStart = Math.max(...finished.map((l) => l.startMs));
    const firstEnd = Math.min(...finished.map((l) => l.endMs));
    overlap = lastStart < firstEnd ? ` All of them were running together from ${seconds(lastStart)} to ${seconds(firstEnd)}.` : ' They did not all run at the same time.';
  }
  return `${listWords(parts)}.${overlap}`;
}
