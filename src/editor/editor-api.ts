import type { FileMap } from '../runtime/events.ts';

/** What the workspace needs from the code editor, whichever editor it is. */
export interface EditorApi {
  /** Shows a file (switches tabs). */
  show(path: string): void;
  /** Replaces the files' contents as one undoable edit (Ctrl+Z brings the previous text back). */
  replaceAll(files: FileMap): void;
  focus(): void;
  dispose(): void;
}

export interface EditorOptions {
  files: FileMap;
  active: string;
  readOnly: readonly string[];
  onChange(path: string, text: string): void;
  onRun(): void;
}
