import type { CapturedRun, ExitEvent, LineEvent, RunEvent, RuntimeKind } from './events.ts';
import type { ObservedRun } from './observation/records.ts';

/** Collects a run's events into the record the grader reads. Shared by the page and the CLI. */
export class RunRecorder {
  private runtime: RuntimeKind = 'local';
  private merged = false;
  private readonly lines: LineEvent[] = [];
  private exit: ExitEvent | null = null;
  private observed: ObservedRun | undefined;

  add(event: RunEvent): void {
    if (event.type === 'start') {
      this.runtime = event.runtime;
      this.merged = event.merged;
    } else if (event.type === 'line') {
      this.lines.push(event);
    } else if (event.type === 'observed') {
      this.observed = event.observed;
    } else {
      this.exit = event;
    }
  }

  /** The finished run, or null while no exit event has arrived. */
  result(): CapturedRun | null {
    if (!this.exit) return null;
    const run: CapturedRun = { runtime: this.runtime, merged: this.merged, lines: this.lines, exit: this.exit };
    if (this.observed) run.observed = this.observed;
    return run;
  }
}
