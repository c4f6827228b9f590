import type { CapturedRun } from '../runtime/events.ts';
import { stripAnsi } from './ansi.ts';
import type { GradedLine, RunView } from './types.ts';

export function viewRun(run: CapturedRun): RunView {
  const first = run.lines[0]?.t ?? 0;
  const lines: GradedLine[] = run.lines.map((line, index) => ({
    index,
    stream: line.stream,
    text: stripAnsi(line.text),
    t: line.t,
    at: line.t - first,
  }));
  return {
    run,
    lines,
    stdout: lines.filter((l) => l.stream !== 'stderr'),
    stderr: lines.filter((l) => l.stream === 'stderr'),
    merged: run.merged,
  };
}
