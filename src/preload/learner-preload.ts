/**
 * A few lines every runtime loads before the learner's entry file (`node --import …`). It changes
 * no behaviour the lessons teach; it only makes two things observable:
 * - stdout/stderr writes block, as on a terminal, so an output flood reaches the output cap instead
 *   of piling up in memory, and nothing printed just before `process.exit()` is lost;
 * - a promise rejection that nobody caught is named on stderr before Node prints its crash, so the
 *   grader can tell it from a plain thrown error (Node prints both the same way).
 * `uncaughtExceptionMonitor` only observes: Node still crashes exactly as it would without it.
 * It starts with the observer (observer-preload.ts), which reports what the program did
 * on a channel printing cannot reach.
 */
import { REJECTION_MARKER } from '../run-contract/rejection-marker.ts';
import { OBSERVER_PRELOAD } from './observer-preload.ts';

export const LEARNER_PRELOAD = OBSERVER_PRELOAD + `for (const s of [process.stdout, process.stderr]) s?._handle?.setBlocking?.(true);
process.on('uncaughtExceptionMonitor', (error, origin) => {
  if (origin !== 'unhandledRejection') return;
  // Errors of loading the program arrive this way too and are plain errors, not rejections: a
  // synchronous top-level throw (its next frame is ModuleJob.run), or a syntax error in a file (no
  // frame in the learner's code: JSON.parse in their code would have one).
  const frames = String(error?.stack ?? '').split('\\n').filter((l) => l.trim().startsWith('at '));
  if (frames.length > 1 && /^\\s*at ModuleJob\\.run /.test(frames[1])) return;
  if (error instanceof SyntaxError && !frames.some((f) => f.includes('file://'))) return;
  const text = error instanceof Error ? error.name + ': ' + error.message : String(error);
  process.stderr.write(${JSON.stringify(REJECTION_MARKER)} + ' ' + text.split('\\n')[0] + '\\n');
});
`;
