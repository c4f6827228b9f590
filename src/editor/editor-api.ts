import type { FileMap } from '../run-contract/events.ts';
import type { PreviewHandoff } from './editable-preview.ts';

/** What the workspace needs from the code editor, whichever editor it is. */
export interface EditorApi {
  /** Shows a file (switches tabs). */
  show(path: string): void;
  /** Replaces the files' contents as one undoable edit (Ctrl+Z brings the previous text back). */
  replaceAll(files: FileMap): void;
  dispose(): void;
}

/** The page parts the editor fills in beside itself. */
export interface EditorChrome {
  /** "No problems" / "Problems: 1 error" (a polite live region). */
  problemsSummary: HTMLElement;
  problemsList: HTMLElement;
  /** Where the editor says how to leave it, while it has focus. */
  leaveHint: HTMLElement;
}

/** Read when Monaco is ready to take over, so edits made in the preview meanwhile are carried. */
export interface EditorOptions {
  lessonId: string;
  /** The files as the learner has them now (including what they typed into the preview). */
  files: FileMap;
  /** The files as the page opened: Ctrl+Z in Monaco goes back to these. */
  filesAtOpen: FileMap;
  active: string;
  readOnly: readonly string[];
  /** The preview's caret and focus, carried into Monaco. */
  handoff: PreviewHandoff;
  chrome: EditorChrome;
  /** The accessible name of the editor for a file: names Ctrl+Enter and how to leave. */
  label(path: string): string;
  onChange(path: string, text: string): void;
  onRun(): void;
  /** A problem in another file was chosen: the workspace switches its tab. */
  onShowFile(path: string): void;
  /** Alt+F1: the keyboard help. */
  onHelp(): void;
}
