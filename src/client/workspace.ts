import { pageMessages } from '../i18n/index.ts';
import { selectRuntime, type DocumentWebContainer } from '../runtime/chooser/browser.ts';
import { setupFileActions } from './file-actions.ts';
import { readLessonData } from './lesson-data.ts';
import { lessonRun } from './lesson-run.ts';
import { LessonStore } from './lesson-store.ts';
import { savedWork } from './saved-files.ts';
import { checksView } from './views/checks-view.ts';
import { codeView } from './views/code-view.ts';
import { fileTabs } from './views/file-tabs.ts';
import { outputView } from './views/output-view.ts';
import { progressView } from './views/progress-view.ts';
import { runControls } from './views/run-controls.ts';
import { showRuntimeStatus } from './views/runtime-status.ts';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`The lesson page is missing ${selector}.`);
  return node;
}

/**
 * Wires one lesson page: the lesson's store, the views that draw it, the runtime choice and Run.
 * Returns the teardown the page calls when the learner leaves (the client router swaps pages).
 */
export function startWorkspace(webContainer: DocumentWebContainer, root: HTMLElement = required(document, '[data-workspace]')): () => void {
  const lesson = readLessonData(root);
  const store = new LessonStore({
    starter: lesson.files,
    entry: lesson.entry,
    saved: savedWork(localStorage, lesson.id, lesson.files, lesson.starterFingerprint, (why) => pageMessages().run.cannotSave(why)),
  });
  const choice = selectRuntime(document, webContainer);
  const runner = lessonRun(store, lesson, choice);
  const shortcuts = root.querySelector<HTMLDialogElement>('[data-shortcuts-dialog]');

  const teardowns = [
    outputView(store, required(root, '[data-output]')),
    checksView(store, {
      list: required(root, '[data-checks]'),
      summary: required(root, '[data-checks-summary]'),
      timelinePanel: required(root, '[data-timeline-panel]'),
      timeline: required(root, '[data-timeline]'),
    }),
    progressView(store, lesson.id),
    runControls(store, runner, {
      runButton: required(root, '[data-action="run"]'),
      stopButton: required(root, '[data-action="stop"]'),
      status: required(root, '[data-run-status]'),
    }),
    fileTabs(store, [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')], lesson.entry),
    codeView(store, lesson, {
      host: required(root, '[data-editor-host]'),
      chrome: {
        problemsSummary: required(root, '[data-problems-summary]'),
        problemsList: required(root, '[data-problems-list]'),
        leaveHint: required(root, '[data-leave-hint]'),
      },
      onRun: () => void runner.run(),
      onHelp: () => shortcuts?.showModal(),
    }),
    showRuntimeStatus(required(root, '[data-runtime-status]'), choice),
    setupFileActions({
      root,
      lesson,
      getFiles: () => store.state.files,
      replaceFiles: (files) => store.replaceFiles(files),
      note: (text, tone) => store.note(text, tone),
    }),
  ];

  // Leaving the lesson: stop its program, free its editor models, drop every listener it added.
  return () => {
    runner.dispose();
    store.dispose();
    choice.dispose();
    for (const teardown of teardowns) teardown();
  };
}
