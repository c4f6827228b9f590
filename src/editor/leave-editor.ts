/** Elements a Tab press can land on, in document order, outside the editor. */
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"], [contenteditable="plaintext-only"]';

function tabbables(outside: HTMLElement): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !outside.contains(el) && el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[hidden], [inert], dialog:not([open])'),
  );
}

/** The first tabbable element after (or, backwards, before) `from` in document order. */
function neighbour(from: HTMLElement, backwards: boolean): HTMLElement | undefined {
  const all = tabbables(from);
  if (backwards) return all.filter((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).at(-1);
  return all.find((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** The hint's two states, in the page's language (the workspace catalog, src/i18n/). */
export interface LeaveHintWords {
  leaveHint: string;
  leaveHintArmed: string;
}

/**
 * Inside the editor Tab indents, as a code editor should. Esc then Tab leaves it, in either
 * direction, without touching the code: the Tab never reaches Monaco. The hint says so while the
 * editor has focus, where a keyboard user sees it.
 */
export function escapeThenTabLeaves(editorNode: HTMLElement, hint: HTMLElement, words: LeaveHintWords): () => void {
  let armed = false;
  const setArmed = (value: boolean) => {
    armed = value;
    hint.textContent = armed ? words.leaveHintArmed : words.leaveHint;
    hint.dataset.armed = String(armed);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return setArmed(true); // Monaco still gets it (closes its widgets)
    if (event.key === 'Tab' && armed && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      setArmed(false);
      neighbour(editorNode, event.shiftKey)?.focus();
      return;
    }
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) setArmed(false);
  };
  const onFocus = () => (hint.hidden = false);
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && editorNode.contains(event.relatedTarget)) return;
    setArmed(false);
    hint.hidden = true;
  };
  // Capture phase: this runs before Monaco's own handlers, so an armed Tab never indents.
  editorNode.addEventListener('keydown', onKey, true);
  editorNode.addEventListener('focusin', onFocus);
  editorNode.addEventListener('focusout', onBlur);
  setArmed(false);
  hint.hidden = !editorNode.contains(document.activeElement);
  return () => {
    editorNode.removeEventListener('keydown', onKey, true);
    editorNode.removeEventListener('focusin', onFocus);
    editorNode.removeEventListener('focusout', onBlur);
    hint.hidden = true;
  };
}
