/**
 * Until Monaco arrives, the highlighted preview is the editor: its <code> is plain-text editable,
 * so a click and a keystroke show at once instead of waiting ~1 s for Monaco. When Monaco takes
 * over it reads the text, the caret and whether the preview had focus (see takeOver()).
 */
export interface PreviewHandoff {
  /** The preview's caret as an offset into its text, when the selection is inside it. */
  caret: number | null;
  /** True when the learner was in the preview (focused, or just pressed in the editor area). */
  focused: boolean;
}

function textOf(code: HTMLElement, original: string): string {
  const text = code.textContent ?? '';
  // Shiki drops the file's final newline; keep the file's own ending.
  return original.endsWith('\n') && !text.endsWith('\n') ? `${text}\n` : text;
}

function caretOffset(code: HTMLElement): number | null {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!code.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(code);
  before.setEnd(range.endContainer, range.endOffset);
  return before.toString().length;
}

export class EditablePreviews {
  private pressed = false;
  private readonly codes = new Map<string, HTMLElement>();
  private readonly stopListening: () => void;
  private readonly host: HTMLElement;

  constructor(
    host: HTMLElement,
    files: Record<string, string>,
    readOnly: readonly string[],
    label: (path: string) => string,
    onInput: (path: string, text: string) => void,
  ) {
    this.host = host;
    const onPress = () => (this.pressed = true);
    host.addEventListener('pointerdown', onPress);
    this.stopListening = () => host.removeEventListener('pointerdown', onPress);
    for (const preview of host.querySelectorAll<HTMLElement>('[data-preview]')) {
      const path = preview.dataset.preview ?? '';
      const pre = preview.querySelector('pre');
      const code = preview.querySelector<HTMLElement>('pre > code');
      if (!pre || !code) continue;
      pre.tabIndex = -1; // one tab stop for the editor: the code itself
      code.tabIndex = 0;
      code.setAttribute('role', 'textbox');
      code.setAttribute('aria-multiline', 'true');
      code.setAttribute('aria-label', label(path));
      code.spellcheck = false;
      code.setAttribute('autocapitalize', 'off');
      code.setAttribute('autocorrect', 'off');
      this.codes.set(path, code);
      if (readOnly.includes(path)) {
        code.setAttribute('aria-readonly', 'true');
        continue;
      }
      try {
        code.contentEditable = 'plaintext-only';
      } catch {
        code.contentEditable = 'true'; // browsers without plaintext-only: input is read back as text anyway
      }
      const original = files[path] ?? '';
      code.addEventListener('input', () => onInput(path, textOf(code, original)));
      // Printable keys belong to the code, not to page shortcuts such as "?" (Ctrl+Enter still runs).
      code.addEventListener('keydown', (event) => {
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) event.stopPropagation();
      });
    }
  }

  /** Shows `text` for `path` (a restored edit, a Reset before Monaco arrives). */
  setText(path: string, text: string): void {
    const code = this.codes.get(path);
    if (code && textOf(code, text) !== text) code.textContent = text;
  }

  /** Reads what Monaco needs to carry on where the preview left off, and stops listening. */
  takeOver(active: string): PreviewHandoff {
    const code = this.codes.get(active);
    const focused = (code !== undefined && code.contains(document.activeElement)) || (this.pressed && (document.activeElement === document.body || this.host.contains(document.activeElement)));
    const handoff = { caret: code ? caretOffset(code) : null, focused };
    this.stopListening();
    for (const each of this.codes.values()) {
      each.contentEditable = 'false';
      each.removeAttribute('tabindex');
    }
    return handoff;
  }
}
