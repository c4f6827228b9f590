/**
 * Run and Stop for one lesson page: runs the learner's files on the chosen runtime, feeds each event
 * to the store as it arrives, and grades a finished run. A new Run stops the one before it.
 */
import { RunRecorder } from '../run-contract/capture.ts';
import type { RunHandle } from '../runtime/runtime.ts';
import type { RuntimeChoice } from '../runtime/chooser/choice.ts';
import type { LessonData } from './lesson-data.ts';
import type { LessonStore } from './lesson-store.ts';

export interface LessonRun {
  run(): Promise<void>;
  stop(): void;
  /** The page is left: its program is stopped. */
  dispose(): void;
}

export function lessonRun(store: LessonStore, lesson: LessonData, choice: RuntimeChoice): LessonRun {
  let current: RunHandle | null = null;

  async function run(): Promise<void> {
    const runtime = choice.runtime;
    if (!runtime) {
      store.note(choice.reason, 'bad', true);
      return;
    }
    current?.stop();
    const id = store.startRun();
    performance.mark('run:click');
    const handle = runtime.run({ files: store.state.files, entry: lesson.entry, timeLimitMs: lesson.timeLimitMs });
    current = handle;
    const recorder = new RunRecorder();
    for await (const event of handle.events) {
      if (!store.isCurrent(id)) continue; // a newer run took over: drain quietly
      recorder.add(event);
      store.runEvent(id, event);
    }
    if (!store.isCurrent(id)) return;
    current = null;
    const captured = recorder.result();
    store.endRun(id, captured?.exit ?? null);
    if (!captured || captured.exit.reason === 'stopped' || captured.exit.reason === 'error') return;
    try {
      // The grader is a chunk of its own, loaded when the first run ends.
      const { gradeOnPage } = await import('./grading.ts');
      store.graded(id, await gradeOnPage(lesson.id, captured));
    } catch (error) {
      store.gradingFailed(id, error instanceof Error ? error.message : String(error));
    }
  }

  return {
    run,
    stop: () => current?.stop(),
    dispose: () => current?.stop(),
  };
}
