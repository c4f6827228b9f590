import { pageMessages } from '../../i18n/index.ts';
import { EditablePreviews } from '../../editor/editable-preview.ts';
import type { EditorApi, EditorChrome } from '../../editor/editor-api.ts';
import { loadEditorOnIntent } from '../../editor/load-editor.ts';
import type { LessonData } from '../lesson-data.ts';
import type { LessonStore } from '../lesson-store.ts';

interface CodeViewOptions {
  host: HTMLElement;
  chrome: EditorChrome;
  /** Ctrl+Enter inside the editor. */
  onRun(): void;
  /** Alt+F1 inside the editor: the keyboard help. */
  onHelp(): void;
}

/**
 * The code: the editable highlighted previews at first, Monaco once the learner reaches for it
 * (load-editor.ts). Either one sends the learner's edits to the store and shows the store's files.
 */
export function codeView(store: LessonStore, lesson: LessonData, { host, chrome, onRun, onHelp }: CodeViewOptions): () => void {
  let editor: EditorApi | null = null;
  // Ctrl+Z in Monaco goes back to this: what the page opened with.
  const filesAtOpen = { ...store.state.files };
  const label = (path: string) => pageMessages().workspace.editorLabel(path, lesson.readOnly.includes(path));
  const previews = new EditablePreviews(host, lesson.files, lesson.readOnly, label, (path, text) => store.edit(path, text));
  // Until Monaco loads, the previews show the learner's saved text (plain, without highlighting).
  for (const [path, text] of Object.entries(store.state.files)) if (text !== lesson.files[path]) previews.setText(path, text);

  const unsubscribe = store.subscribe((change, state) => {
    if (change.type === 'active') {
      for (const preview of host.querySelectorAll<HTMLElement>('[data-preview]')) preview.hidden = preview.dataset.preview !== state.active;
      editor?.show(state.active);
    } else if (change.type === 'replaced') {
      if (editor) editor.replaceAll(state.files);
      else for (const [path, text] of Object.entries(state.files)) previews.setText(path, text);
    }
  });

  const cancelEditorLoad = loadEditorOnIntent(
    host,
    () => ({
      lessonId: lesson.id,
      files: store.state.files,
      filesAtOpen,
      active: store.state.active,
      readOnly: lesson.readOnly,
      handoff: previews.takeOver(store.state.active),
      chrome,
      label,
      onChange: (path, text) => store.edit(path, text),
      onRun,
      onShowFile: (path) => store.show(path),
      onHelp,
    }),
    (ready) => {
      editor = ready;
      ready.show(store.state.active);
    },
    (error) => {
      host.classList.add('editor-failed');
      store.note(pageMessages().run.editorFailed(error instanceof Error ? error.message : String(error)), 'bad');
    },
  );

  // Leaving the lesson: free its editor models, or their diagnostics show on the next one.
  return () => {
    unsubscribe();
    cancelEditorLoad();
    editor?.dispose();
    editor = null;
  };
}
