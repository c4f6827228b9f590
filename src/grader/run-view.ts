import type { CapturedRun } from '../run-contract/events.ts';
import { stripAnsi } from './ansi.ts';
import { stampLines } from './stamps.ts';
import type { GradedLine, RunView } from './types.ts';

/**
 * The grader's view of a run. With observations, lines carry the time they were written and who
 * wrote them, and are ordered by that time when every line could be matched to its write (a
 * worker's line relayed through its parent can arrive after a later line of the parent).
 */
export function viewRun(run: CapturedRun): RunView {
  const stamps = run.observed ? stampLines(run.lines, run.observed, run.merged) : null;
  const stamped = run.lines.map((line, arrival) => {
    const stamp = stamps?.[arrival];
    return { line, arrival, t: stamp?.t ?? line.t, writer: stamp?.writer };
  });
  if (stamps && stamps.every((s) => s.writer)) stamped.sort((a, b) => a.t - b.t || a.arrival - b.arrival);
  const first = stamped[0]?.t ?? 0;
  const lines: GradedLine[] = stamped.map(({ line, arrival, t, writer }, index) => {
    const graded: GradedLine = { index, arrival, stream: line.stream, text: stripAnsi(line.text), t, at: t - first };
    if (writer) graded.writer = writer;
    return graded;
  });
  const view: RunView = {
    run,
    lines,
    stdout: lines.filter((l) => l.stream !== 'stderr'),
    stderr: lines.filter((l) => l.stream === 'stderr'),
    merged: run.merged,
  };
  if (run.observed) view.observed = run.observed;
  return view;
}
