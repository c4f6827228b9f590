import type { RunEvent, RunRequest, RuntimeKind } from './events.ts';

/** A running program: its events in order, ending with exactly one `exit` event. */
export interface RunHandle {
  events: AsyncIterable<RunEvent>;
  /** Ends the run (kills the whole process tree). The event stream then ends with reason "stopped". */
  stop(): void;
}

/**
 * The seam between the page and whatever executes learner code. The local adapter talks to the
 * Node runner served by `npm start`/`npm run dev`; the WebContainer adapter runs Node in the browser.
 */
export interface Runtime {
  readonly kind: RuntimeKind;
  /** Shown to the learner, e.g. "On this computer (local Node)". */
  readonly label: string;
  run(request: RunRequest): RunHandle;
}
