import type { RuntimeChoice } from '../../runtime/chooser/choice.ts';

/**
 * Keeps `[data-runtime-status]` telling the truth: which runtime runs the code (and its Node
 * version once known), what the other one is doing, or why nothing can run. Re-rendered whenever
 * the choice changes (a boot finishes or fails, the learner switches). While something runs the
 * code, the second line is a quiet side note in space reserved from the start, so a note that
 * arrives later moves nothing on the page; when nothing can run it is the problem and what to do.
 */
export function showRuntimeStatus(element: HTMLElement, choice: RuntimeChoice): () => void {
  const render = () => {
    const status = choice.status();
    const text = document.createElement('span');
    text.className = 'runtime-status-text';
    text.dataset.runtimeText = '';
    text.textContent = status.text;
    const parts: Node[] = [text];
    if (status.note) {
      const note = document.createElement('span');
      note.className = 'runtime-status-note';
      note.dataset.runtimeNote = '';
      note.textContent = status.note;
      parts.push(document.createTextNode(' '), note);
    }
    if (status.action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'runtime-status-action';
      button.textContent = status.action.label;
      button.addEventListener('click', status.action.run, { once: true });
      parts.push(document.createTextNode(' '), button);
    }
    element.replaceChildren(...parts);
    element.title = status.note ?? '';
    element.dataset.runtime = choice.runtime?.kind ?? 'none';
    element.dataset.problem = String(!choice.runtime);
  };
  render();
  return choice.onChange(render);
}
