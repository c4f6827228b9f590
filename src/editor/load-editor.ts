import type { EditorApi, EditorOptions } from './editor-api.ts';

/**
 * Loads Monaco off the critical path: when the browser is idle, or at once when the learner
 * reaches for the code (pointer, focus or a key in the editor area), whichever comes first.
 */
export function loadEditorLazily(host: HTMLElement, options: () => EditorOptions, onReady: (editor: EditorApi) => void, onError: (error: unknown) => void): () => void {
  let started = false;
  let cancelled = false;
  const start = () => {
    if (started || cancelled) return;
    started = true;
    for (const type of triggers) host.removeEventListener(type, start);
    performance.mark('editor:trigger');
    import('./monaco-editor.ts')
      .then(({ createMonacoEditor }) => createMonacoEditor(host, options()))
      .then((editor) => {
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
  const triggers = ['pointerdown', 'focusin', 'keydown'] as const;
  for (const type of triggers) host.addEventListener(type, start, { passive: true });
  // Wait for the page to settle first, so reading and scrolling never compete with Monaco's parse.
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 4000 }) : setTimeout(start, 1500));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
  return () => {
    cancelled = true;
  };
}
