import { pageMessages } from '../../i18n/index.ts';
import type { LessonStore, NoteTone } from '../lesson-store.ts';
import { OutputPanel } from '../output-panel.ts';

const NOTE_CLASS: Record<NoteTone, string> = { info: 'note', warn: 'note warn', bad: 'note bad' };

/** Output: the program's lines as they arrive, the page's notes, and once graded, the checks' clock. */
export function outputView(store: LessonStore, element: HTMLElement): () => void {
  const output = new OutputPanel(element);
  if (store.state.starterChanged) output.note(pageMessages().run.starterChanged, NOTE_CLASS.warn);
  return store.subscribe((change, state) => {
    if (change.type === 'note') {
      if (change.fresh) output.clear();
      output.note(change.text, NOTE_CLASS[change.tone]);
    } else if (change.type === 'run' && state.run.phase === 'running') {
      output.clear();
    } else if (change.type === 'output') {
      const { event } = change;
      if (event.type === 'start') output.start(event);
      else if (event.type === 'line') output.line(event);
      else if (event.type === 'exit') output.exit(event);
    } else if (change.type === 'verdict' && state.verdict.phase === 'graded') {
      output.restamp(state.verdict.graded.lineAt, state.verdict.graded.firstLineT);
    }
  });
}
