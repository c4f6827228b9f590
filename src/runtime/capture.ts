import type { CapturedRun, ExitEvent, LineEvent, RunEvent, RuntimeKind } from './events.ts';

/** Collects a run's events into the record the grader reads. Shared by the page and the CLI. */
export class RunRecorder {
  private runtime: RuntimeKind = 'local';
  private merged = false;
  private readonly lines: LineEvent[] = [];
  private exit: ExitEvent | null = null;

  add(event: RunEvent): void {
    if (event.type === 'start') {
      this.runtime = event.runtime;
      this.merged = event.merged;
    } else if (event.type === 'line') {
      this.lines.push(event);
    } else {
      this.exit = event;
    }
  }

  /** The finished run, or null while no exit event has arrived. */
  result(): CapturedRun | null {
    return this.exit ? { runtime: this.runtime, merged: this.merged, lines: this.lines, exit: this.exit } : null;
  }
}
