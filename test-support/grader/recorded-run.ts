import type { CapturedRun, ExitEvent, LineEvent, OutputStream } from '../../src/run-contract/events.ts';
import { exitEvent } from '../../src/run-contract/exit.ts';

/** A line for a recorded run: [ms since start, text] on stdout, or with an explicit stream. */
export type RecordedLine = [number, string] | [number, string, OutputStream];

/** Builds a CapturedRun from lines and an exit, for grader tests that need exact timings. */
export function recordedRun(lines: RecordedLine[], exit: Partial<ExitEvent> = {}, merged = false): CapturedRun {
  const events: LineEvent[] = lines.map(([t, text, stream]) => ({ type: 'line', t, text, stream: stream ?? (merged ? 'merged' : 'stdout') }));
  const last = events.at(-1)?.t ?? 0;
  return {
    runtime: merged ? 'webcontainer' : 'local',
    merged,
    lines: events,
    exit: { ...exitEvent('exited', { code: 0, durationMs: last + 20 }), ...exit },
  };
}
