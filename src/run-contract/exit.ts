/**
 * Every `exit` event of every runtime comes from here, so they all have the same shape: the
 * runtimes differ in how they learn why a program ended, never in how they say it.
 */
import type { EndReason, ExitEvent } from './events.ts';

export interface ExitFields {
  /** Exit code, or null when the program never ran or was killed by a signal. */
  code?: number | null;
  signal?: string | null;
  /** ms from process start to exit; 0 when the program never started. */
  durationMs?: number;
  /** Why, in words for the learner; absent when the program simply ended. */
  message?: string;
}

export function exitEvent(reason: EndReason, fields: ExitFields = {}): ExitEvent {
  const exit: ExitEvent = {
    type: 'exit',
    code: fields.code ?? null,
    signal: fields.signal ?? null,
    reason,
    durationMs: fields.durationMs ?? 0,
  };
  if (fields.message !== undefined) exit.message = fields.message;
  return exit;
}
