import type { EditorApi, EditorOptions } from './editor-api.ts';
import { pageLocale, messagesFor } from '../i18n/index.ts';
import { loadMonacoMessages } from './monaco-language.ts';

/**
 * Loads Monaco on real intent only: a pointer, focus or key in the editor area, or the editor
 * scrolling into view. Never at idle: on a phone the editor sits below the lesson text, and loading
 * ~1 MB of editor there costs seconds of blocking time the reader never asked for. Until it
 * arrives the learner types into the highlighted preview (editable-preview.ts).
 */
export function loadEditorOnIntent(host: HTMLElement, options: () => EditorOptions, onReady: (editor: EditorApi) => void, onError: (error: unknown) => void): () => void {
  let started = false;
  let cancelled = false;
  const triggers = ['pointerdown', 'focusin', 'keydown'] as const;
  let visible: IntersectionObserver | null = null;
  const start = () => {
    if (started || cancelled) return;
    started = true;
    for (const type of triggers) host.removeEventListener(type, start);
    visible?.disconnect();
    performance.mark('editor:trigger');
    const note = host.querySelector('[data-editor-loading]');
    const locale = pageLocale();
    if (note) note.textContent = messagesFor(locale).workspace.editorLoadingNow;
    loadMonacoMessages(locale)
      .then(() => import('./monaco-editor.ts'))
      .then(({ createMonacoEditor }) => {
        if (cancelled) return null;
        return createMonacoEditor(host, options);
      })
      .then((editor) => {
        if (!editor) return;
        // The learner left the lesson while Monaco loaded: do not bind an editor to a page that is gone.
        if (cancelled) {
          editor.dispose();
          return;
        }
        performance.mark('editor:ready');
        performance.measure('editor:load', 'editor:trigger', 'editor:ready');
        onReady(editor);
      }, onError);
  };
  for (const type of triggers) host.addEventListener(type, start, { passive: true });
  if ('IntersectionObserver' in window) {
    // A third of the editor in view: the learner is looking at the code (a wide screen shows it at once).
    visible = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { threshold: 0.33 });
    visible.observe(host);
  }
  return () => {
    cancelled = true;
    visible?.disconnect();
    for (const type of triggers) host.removeEventListener(type, start);
  };
}
