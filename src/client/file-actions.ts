import { pageMessages } from '../i18n/index.ts';
import type { FileMap } from '../run-contract/events.ts';
import { confirmInDialog } from './confirm-dialog.ts';
import type { LessonData } from './lesson-data.ts';
import type { NoteTone } from './lesson-store.ts';

interface FileActionsOptions {
  root: HTMLElement;
  lesson: LessonData;
  getFiles(): FileMap;
  /** Replaces every file the learner sees (editor or preview) and saves them. */
  replaceFiles(files: FileMap): void;
  note(text: string, tone: NoteTone): void;
}

const stashKey = (lessonId: string) => `course:stash:${lessonId}`;

/** The reference solution, fetched when the learner asks for it (it is not part of the page). */
async function fetchSolution(url: string): Promise<FileMap> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  const body = (await response.json()) as { files?: unknown };
  const files = body.files;
  if (typeof files !== 'object' || files === null || !Object.values(files).every((text) => typeof text === 'string')) {
    throw new Error('the answer was not a set of files');
  }
  return files as FileMap;
}

/**
 * Reset, Show solution, Back to my version, Download and Import. Whatever replaces the learner's
 * files asks first and keeps their version one click away ("Back to my version"), across reloads.
 */
export function setupFileActions({ root, lesson, getFiles, replaceFiles, note }: FileActionsOptions): () => void {
  const t = pageMessages().files;
  const dialog = root.querySelector<HTMLDialogElement>('[data-confirm-dialog]');
  const restoreButton = root.querySelector<HTMLButtonElement>('[data-action="restore"]');
  const shortcuts = root.querySelector<HTMLDialogElement>('[data-shortcuts-dialog]');
  const importInput = root.querySelector<HTMLInputElement>('[data-import-input]');
  const menu = root.querySelector<HTMLDetailsElement>('[data-more-menu]');
  const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

  const readStash = (): FileMap | null => {
    try {
      const raw = localStorage.getItem(stashKey(lesson.id));
      return raw ? (JSON.parse(raw) as FileMap) : null;
    } catch {
      return null;
    }
  };
  const showRestore = () => {
    if (restoreButton) restoreButton.hidden = readStash() === null;
  };
  showRestore();

  const same = (a: FileMap, b: FileMap) => Object.keys(b).every((path) => a[path] === b[path]);

  async function replaceWith(next: FileMap, question: string, confirmLabel: string, done: string) {
    menu?.removeAttribute('open');
    const mine = getFiles();
    if (same(mine, next)) {
      note(done, 'info');
      return;
    }
    if (dialog && !(await confirmInDialog(dialog, question, confirmLabel))) return;
    try {
      localStorage.setItem(stashKey(lesson.id), JSON.stringify(mine));
    } catch {
      note(t.cannotKeep, 'warn');
    }
    replaceFiles(next);
    showRestore();
    note(t.backBrings(done), 'info');
  }

  button('reset')?.addEventListener('click', () =>
    void replaceWith(lesson.files, t.resetAsk, pageMessages().workspace.reset, t.resetDone),
  );
  button('solution')?.addEventListener('click', async () => {
    let solution: FileMap;
    try {
      solution = await fetchSolution(lesson.solutionUrl);
    } catch (error) {
      menu?.removeAttribute('open');
      note(t.solutionUnavailable(error instanceof Error ? error.message : String(error)), 'bad');
      return;
    }
    await replaceWith({ ...lesson.files, ...solution }, t.solutionAsk, t.solutionOk, t.solutionDone);
  });
  restoreButton?.addEventListener('click', () => {
    const stash = readStash();
    if (!stash) return;
    const current = getFiles();
    replaceFiles({ ...current, ...stash });
    try {
      // Swap: the version just replaced is now the one kept aside.
      localStorage.setItem(stashKey(lesson.id), JSON.stringify(current));
    } catch {
      // Keeping the swap is a convenience; the learner's version is already back.
    }
    note(t.restored, 'info');
  });

  button('download')?.addEventListener('click', async () => {
    menu?.removeAttribute('open');
    // The zip code loads on first use: most learners never download.
    const { zipFiles } = await import('../utils/zip.ts');
    const bytes = zipFiles(getFiles());
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${lesson.id}.zip`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  button('import')?.addEventListener('click', () => {
    menu?.removeAttribute('open');
    importInput?.click();
  });
  importInput?.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    try {
      const { unzipFiles } = await import('../utils/zip.ts');
      const imported = await unzipFiles(new Uint8Array(await file.arrayBuffer()));
      // Only the lesson's own files come in; anything else in the archive is named and left out.
      const known = Object.keys(lesson.files);
      const accepted = Object.fromEntries(Object.entries(imported).filter(([path]) => known.includes(path)));
      const ignored = Object.keys(imported).filter((path) => !known.includes(path));
      if (Object.keys(accepted).length === 0) {
        note(t.noneOfFiles(file.name, known.join(', ')), 'bad');
        return;
      }
      const extra = ignored.length ? t.leftOut(ignored.join(', ')) : '';
      await replaceWith({ ...getFiles(), ...accepted }, t.importAsk(file.name), t.importOk, `${t.imported(Object.keys(accepted).join(', '), file.name)}${extra}`);
    } catch (error) {
      note(t.importFailed(file.name, error instanceof Error ? error.message : String(error)), 'bad');
    }
  });

  button('shortcuts')?.addEventListener('click', () => {
    menu?.removeAttribute('open');
    shortcuts?.showModal();
  });
  const questionMark = (event: KeyboardEvent) => {
    // "?" opens the shortcuts, unless the learner is typing in the editor or a field.
    const target = event.target as HTMLElement | null;
    if (event.key !== '?' || target?.closest('.monaco-editor, input, textarea')) return;
    shortcuts?.showModal();
  };
  document.addEventListener('keydown', questionMark);
  return () => document.removeEventListener('keydown', questionMark);
}
