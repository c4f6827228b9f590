import type { RunHandle, RunRequest, RuntimeKind } from '../run-contract/events.ts';

/** The page gets a run's handle from `Runtime.run`: its shape is the contract's. */
export type { RunHandle };

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
