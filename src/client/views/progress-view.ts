import type { LessonStore } from '../lesson-store.ts';
import { markProgress, saveVerdict } from '../progress.ts';

/** Keeps the lesson's last verdict for the course map, and marks the map on this page at once. */
export function progressView(store: LessonStore, lessonId: string): () => void {
  return store.subscribe((change, state) => {
    if (change.type !== 'verdict' || state.verdict.phase !== 'graded') return;
    // A check a busy or 1-core machine cannot decide does not hold the lesson back (the verdict rule).
    saveVerdict(lessonId, state.verdict.graded.verdict);
    markProgress();
  });
}
