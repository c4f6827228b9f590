import { pageMessages } from '../../i18n/index.ts';
import type { LessonStore, LessonState } from '../lesson-store.ts';
import type { LessonRun } from '../lesson-run.ts';

interface RunControlElements {
  runButton: HTMLButtonElement;
  stopButton: HTMLButtonElement;
  status: HTMLElement;
}

/** Run, Stop, Ctrl+Enter (Cmd+Enter) anywhere on the page, and the line saying how the run went. */
export function runControls(store: LessonStore, runner: LessonRun, { runButton, stopButton, status }: RunControlElements): () => void {
  const statusText = (state: LessonState): string | null => {
    const t = pageMessages().run;
    const { run, verdict } = state;
    if (run.phase === 'running') return t.running;
    if (run.phase !== 'ended' || !run.exit) return null; // no exit heard: the line stays as it was
    const ended = run.exit.reason === 'exited' ? t.finished((run.exit.durationMs / 1000).toFixed(2)) : t.stopped;
    if (verdict.phase !== 'graded') return ended;
    const { report } = verdict.graded;
    return `${ended} · ${report.passed ? t.allChecksPassed : t.someChecksPassed(report.counts.pass, report.results.length)}`;
  };
  const unsubscribe = store.subscribe((change, state) => {
    if (change.type !== 'run' && change.type !== 'verdict') return;
    stopButton.disabled = state.run.phase !== 'running';
    const text = statusText(state);
    if (text !== null) status.textContent = text;
  });

  const run = () => void runner.run();
  const shortcut = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  runButton.addEventListener('click', run);
  stopButton.addEventListener('click', runner.stop);
  document.addEventListener('keydown', shortcut);
  return () => {
    unsubscribe();
    runButton.removeEventListener('click', run);
    stopButton.removeEventListener('click', runner.stop);
    document.removeEventListener('keydown', shortcut);
  };
}
