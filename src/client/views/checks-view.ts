import { pageMessages } from '../../i18n/index.ts';
import { ChecksPanel } from '../checks-panel.ts';
import type { LessonStore } from '../lesson-store.ts';

interface ChecksElements {
  list: HTMLElement;
  summary: HTMLElement;
  timelinePanel: HTMLElement;
  timeline: HTMLElement;
}

/** The checks panel and the timeline above it: waiting while a run goes, then the verdict. */
export function checksView(store: LessonStore, { list, summary, timelinePanel, timeline }: ChecksElements): () => void {
  const checks = new ChecksPanel(list, summary);
  // Loaded while the run goes, so the picture is drawn in the same task as the verdict.
  let timelineView: Promise<typeof import('../timeline-view.ts')> | null = null;
  return store.subscribe((change, state) => {
    const t = pageMessages().run;
    if (change.type === 'run' && state.run.phase === 'running') {
      checks.running();
      timelinePanel.hidden = true;
      timelineView ??= import('../timeline-view.ts');
    }
    if (change.type !== 'verdict') return;
    const verdict = state.verdict;
    if (verdict.phase === 'not-graded') {
      if (verdict.why === 'checks-failed') checks.error(t.checksFailed(verdict.detail));
      else checks.error(verdict.why === 'stopped' ? t.notGradedStopped : t.notGradedError);
    } else if (verdict.phase === 'graded') {
      checks.show(verdict.graded.report);
      const model = verdict.graded.timeline;
      if (!model) return;
      (timelineView ??= import('../timeline-view.ts'))
        .then(({ renderTimeline }) => {
          if (store.state.verdict !== verdict) return; // a newer run already took its place
          renderTimeline(timeline, model);
          timelinePanel.hidden = false;
        })
        .catch((error: unknown) => checks.error(t.checksFailed(error instanceof Error ? error.message : String(error))));
    }
  });
}
