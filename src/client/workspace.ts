import type { EditorApi } from '../editor/editor-api.ts';
import { loadEditorOnIntent } from '../editor/load-editor.ts';
import { EditablePreviews } from '../editor/editable-preview.ts';
import { RunRecorder } from '../run-contract/capture.ts';
import type { FileMap } from '../run-contract/events.ts';
import type { RunHandle } from '../runtime/runtime.ts';
import { selectRuntime } from '../runtime/select-runtime.ts';
import { showRuntimeStatus } from './runtime-status.ts';
import { ChecksPanel } from './checks-panel.ts';
import { readLessonData } from './lesson-data.ts';
import { OutputPanel } from './output-panel.ts';
import { restoreFiles, saveFiles } from './saved-files.ts';
import { markProgress, saveVerdict } from './progress.ts';
import { setupFileActions } from './file-actions.ts';
import { pageMessages } from '../i18n/index.ts';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`The lesson page is missing ${selector}.`);
  return node;
}

/** Wires one lesson page: files, editor, Run/Stop/Reset, output and checks. Returns its teardown. */
export function startWorkspace(root: HTMLElement = required(document, '[data-workspace]')): () => void {
  const lesson = readLessonData(root);
  const t = pageMessages().run;
  const host = required<HTMLElement>(root, '[data-editor-host]');
  const runButton = required<HTMLButtonElement>(root, '[data-action="run"]');
  const stopButton = required<HTMLButtonElement>(root, '[data-action="stop"]');
  const runtimeStatus = required<HTMLElement>(root, '[data-runtime-status]');
  const runStatus = required<HTMLElement>(root, '[data-run-status]');
  const output = new OutputPanel(required(root, '[data-output]'));
  const checks = new ChecksPanel(required(root, '[data-checks]'), required(root, '[data-checks-summary]'));
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const timelinePanel = required<HTMLElement>(root, '[data-timeline-panel]');
  const timeline = required<HTMLElement>(root, '[data-timeline]');

  let files: FileMap = { ...lesson.files };
  let active = lesson.entry;
  let editor: EditorApi | null = null;
  let current: RunHandle | null = null;
  let runNumber = 0;

  const restored = restoreFiles(lesson.id, lesson.files, lesson.starterFingerprint);
  if (restored) files = restored.files;
  // Ctrl+Z in Monaco goes back to this: what the page opened with.
  const filesAtOpen: FileMap = { ...files };
  const editorLabel = (path: string) =>
    pageMessages().workspace.editorLabel(path, lesson.readOnly.includes(path));
  const previews = new EditablePreviews(host, lesson.files, lesson.readOnly, editorLabel, (path, text) => {
    files = { ...files, [path]: text };
    persist();
  });
  if (restored) {
    // Until Monaco loads, the previews show the learner's saved text (plain, without highlighting).
    for (const [path, text] of Object.entries(files)) if (text !== lesson.files[path]) previews.setText(path, text);
    if (restored.starterChanged) {
      output.note(t.starterChanged, 'note warn');
    }
  }

  const choice = selectRuntime(document);
  showRuntimeStatus(runtimeStatus, choice);

  let storageProblem: string | null = null;
  function persist() {
    const problem = saveFiles(lesson.id, lesson.files, files, lesson.starterFingerprint);
    // Said once when saving starts failing (not on every keystroke), and again if it recovers and fails anew.
    if (problem && problem !== storageProblem) output.note(problem, 'note warn');
    storageProblem = problem;
  }

  function show(path: string) {
    active = path;
    for (const tab of tabs) {
      const selected = tab.dataset.path === path;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    for (const preview of root.querySelectorAll<HTMLElement>('[data-preview]')) preview.hidden = preview.dataset.preview !== path;
    editor?.show(path);
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => show(tab.dataset.path ?? lesson.entry));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      next?.focus();
      next?.click();
    });
  }

  async function run() {
    if (!choice.runtime) {
      output.clear();
      output.note(choice.reason, 'note bad');
      return;
    }
    current?.stop();
    const mine = ++runNumber;
    output.clear();
    checks.running();
    timelinePanel.hidden = true;
    runStatus.textContent = t.running;
    stopButton.disabled = false;
    performance.mark('run:click');
    const handle = choice.runtime.run({ files, entry: lesson.entry, timeLimitMs: lesson.timeLimitMs });
    current = handle;
    const recorder = new RunRecorder();
    for await (const event of handle.events) {
      if (mine !== runNumber) continue; // a newer run took over: drain quietly
      recorder.add(event);
      if (event.type === 'start') output.start(event);
      else if (event.type === 'line') output.line(event);
      else if (event.type === 'exit') output.exit(event);
    }
    if (mine !== runNumber) return;
    current = null;
    stopButton.disabled = true;
    const captured = recorder.result();
    if (!captured) return;
    runStatus.textContent = captured.exit.reason === 'exited' ? t.finished((captured.exit.durationMs / 1000).toFixed(2)) : t.stopped;
    if (captured.exit.reason === 'stopped' || captured.exit.reason === 'error') {
      checks.error(captured.exit.reason === 'stopped' ? t.notGradedStopped : t.notGradedError);
      return;
    }
    try {
      const [{ gradeOnPage }, { renderTimeline }] = await Promise.all([import('./grading.ts'), import('./timeline-view.ts')]);
      const graded = await gradeOnPage(lesson.id, captured);
      if (mine !== runNumber) return;
      output.restamp(graded.lineAt, graded.firstLineT);
      checks.show(graded.report);
      // A check a busy or 1-core machine cannot decide does not hold the lesson back (the verdict rule).
      saveVerdict(lesson.id, graded.verdict);
      markProgress();
      const { pass } = graded.report.counts;
      runStatus.textContent += ` · ${graded.report.passed ? t.allChecksPassed : t.someChecksPassed(pass, graded.report.results.length)}`;
      if (graded.timeline) {
        renderTimeline(timeline, graded.timeline);
        timelinePanel.hidden = false;
      }
    } catch (error) {
      checks.error(t.checksFailed(error instanceof Error ? error.message : String(error)));
    }
  }

  function stop() {
    current?.stop();
  }

  /** Replaces every file at once (Reset, solution, import): one undoable edit in the editor. */
  function replaceFiles(next: FileMap) {
    files = { ...next };
    if (editor) editor.replaceAll(files);
    else for (const [path, text] of Object.entries(files)) previews.setText(path, text);
    persist();
  }

  const stopFileActions = setupFileActions({ root, lesson, getFiles: () => files, replaceFiles, note: (text, kind) => output.note(text, kind) });

  runButton.addEventListener('click', () => void run());
  stopButton.addEventListener('click', stop);
  const runShortcut = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  };
  document.addEventListener('keydown', runShortcut);

  const chrome = {
    problemsSummary: required<HTMLElement>(root, '[data-problems-summary]'),
    problemsList: required<HTMLElement>(root, '[data-problems-list]'),
    leaveHint: required<HTMLElement>(root, '[data-leave-hint]'),
  };
  const shortcuts = root.querySelector<HTMLDialogElement>('[data-shortcuts-dialog]');
  const cancelEditorLoad = loadEditorOnIntent(
    host,
    () => ({
      lessonId: lesson.id,
      files,
      filesAtOpen,
      active,
      readOnly: lesson.readOnly,
      handoff: previews.takeOver(active),
      chrome,
      label: editorLabel,
      onChange(path, text) {
        files = { ...files, [path]: text };
        persist();
      },
      onRun: () => void run(),
      onShowFile: (path) => show(path),
      onHelp: () => shortcuts?.showModal(),
    }),
    (ready) => {
      editor = ready;
      ready.show(active);
    },
    (error) => {
      host.classList.add('editor-failed');
      output.note(t.editorFailed(error instanceof Error ? error.message : String(error)), 'note bad');
    },
  );

  // Leaving the lesson (the client router swaps pages): stop its program, free its editor models.
  return () => {
    runNumber += 1;
    current?.stop();
    cancelEditorLoad();
    editor?.dispose();
    editor = null;
    stopFileActions();
    document.removeEventListener('keydown', runShortcut);
  };
}
