// The editor chunk: loaded by load-editor.ts only, never on the page's first paint.
import './keep-editor-styles.ts'; // first: marks Monaco's style elements so a page swap keeps them
import * as monaco from 'monaco-editor/editor/editor.api';
import './monaco-contributions.ts';
import { getTypeScriptWorker, typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import { LEARNER_COMPILER_OPTIONS } from './compiler-options.ts';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import typescript from 'shiki/langs/typescript.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import type { FileMap } from '../run-contract/events.ts';
import type { EditorApi, EditorOptions } from './editor-api.ts';
import { readableTheme } from './editor-theme.ts';
import { showProblems } from './problems-list.ts';
import { escapeThenTabLeaves } from './leave-editor.ts';
import { codeThemes, currentTheme, onThemeChange } from '../utils/theme.ts';
import { pageMessages } from '../i18n/index.ts';

// Without getWorker the production build cannot find Monaco's workers (dev works, build does not).
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TypeScriptWorker() : new EditorWorker()),
};

// Node's types (@types/node, src/learner-types): one chunk, fetched while Monaco sets up.
const nodeTypes = import('../learner-types/node-types.ts');

let configured: Promise<void> | null = null;

/** Once per document: TypeScript settings that match how Node 24 runs the files, and the page's colours. */
function configure(): Promise<void> {
  configured ??= (async () => {
    typescriptDefaults.setCompilerOptions(LEARNER_COMPILER_OPTIONS as Parameters<typeof typescriptDefaults.setCompilerOptions>[0]);
    typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
    typescriptDefaults.setEagerModelSync(true); // cross-file imports need every file's model in the worker
    // The same for every lesson, so added once; the lesson's own files are models, disposed on leaving.
    // One call for all ~110 files: addExtraLib per file would resend the set to the worker each time.
    typescriptDefaults.setExtraLibs((await nodeTypes).nodeTypeLibs.map(({ uri, text }) => ({ filePath: uri, content: text })));
    monaco.languages.register({ id: 'typescript', extensions: ['.ts', '.mts'], aliases: ['TypeScript'] });
    monaco.languages.register({ id: 'javascript', extensions: ['.js', '.mjs'], aliases: ['JavaScript'] });
    const highlighter = await createHighlighterCore({
      themes: [readableTheme(githubLight, 'light'), readableTheme(githubDark, 'dark')],
      langs: [typescript],
      engine: createJavaScriptRegexEngine(),
    });
    // A first tokenisation on a busy machine can exceed Monaco's 500 ms per line.
    shikiToMonaco(highlighter, monaco as never, { tokenizeTimeLimit: 3000 });
  })();
  return configured;
}

const languageOf = (path: string) => (/\.(m?js)$/.test(path) ? 'javascript' : 'typescript');

// Every visit gets fresh URIs. The TypeScript worker caches a file by name and version, and a new
// model starts at the same version as the one it replaces: reusing `file:///main.ts` showed the
// previous lesson's diagnostics on the next one until the first keystroke.
let visit = 0;
let tsWorkerStarted = false;

export async function createMonacoEditor(host: HTMLElement, getOptions: () => EditorOptions): Promise<EditorApi> {
  await configure();
  // From here to the end everything is synchronous: no keystroke can fall between the preview and Monaco.
  const options = getOptions();
  const folder = `file:///${encodeURIComponent(options.lessonId)}/${++visit}/`;
  const models = new Map<string, monaco.editor.ITextModel>();
  for (const [path, text] of Object.entries(options.files)) {
    const opened = options.filesAtOpen[path] ?? text;
    const model = monaco.editor.createModel(opened, 'plaintext', monaco.Uri.parse(folder + path));
    // What was typed into the preview becomes one edit on the undo stack: Ctrl+Z goes back to the page's text.
    if (text !== opened) model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    model.onDidChangeContent(() => options.onChange(path, model.getValue()));
    models.set(path, model);
  }
  // The TypeScript mode sends every file to its worker only when the worker starts; after that, only
  // the file it is checking. A lesson opened after another was checked without its other files
  // ("Cannot find module './task.ts'", or the previous lesson's underlines). So the models start as
  // plain text, and once the worker exists they become TypeScript only after all of them were sent.
  let disposed = false;
  const setLanguages = () => {
    if (disposed) return;
    for (const [path, model] of models) monaco.editor.setModelLanguage(model, languageOf(path));
  };
  const uris = [...models.values()].map((model) => model.uri);
  const sendAll = () => getTypeScriptWorker().then((worker) => worker(...uris));
  let checked: Promise<unknown>;
  if (!tsWorkerStarted) {
    setLanguages(); // the worker starts after these models exist: it receives all of them
    checked = sendAll().then((proxy) => ((tsWorkerStarted = true), proxy));
  } else {
    checked = sendAll().finally(setLanguages);
  }
  // Once the worker has checked the files (the same check the underlines come from), the Problems
  // summary stops saying "checking" and gives its count, even when there is nothing to list.
  const whenChecked = checked.then((proxy) =>
    Promise.all(uris.map((uri) => (proxy as { getSemanticDiagnostics(file: string): Promise<unknown> }).getSemanticDiagnostics(uri.toString()))),
  );

  const mount = document.createElement('div');
  mount.className = 'monaco-mount';
  const status = host.querySelector('[data-editor-status]');
  if (status) status.before(mount);
  else host.append(mount);
  let shown = options.active;
  const editor = monaco.editor.create(mount, {
    model: models.get(shown) ?? null,
    theme: codeThemes[currentTheme()],
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineHeight: 21,
    tabSize: 2,
    // Long lines wrap at the panel edge (as the preview does) instead of hiding past it.
    wordWrap: 'on',
    wrappingIndent: 'indent',
    scrollBeyondLastLine: false,
    renderLineHighlight: 'line',
    fixedOverflowWidgets: true,
    // 'auto' never turns on in a web page: the code would be silent to a screen reader.
    accessibilitySupport: 'on',
    ariaLabel: options.label(shown),
    readOnly: options.readOnly.includes(shown),
    hover: { delay: 300 },
  });
  const stopFollowingTheme = onThemeChange((theme) => monaco.editor.setTheme(codeThemes[theme]));
  // Monaco takes Ctrl/Cmd+Enter for itself otherwise.
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
  editor.addCommand(monaco.KeyMod.Alt | monaco.KeyCode.F1, () => options.onHelp());

  const show = (path: string) => {
    const model = models.get(path);
    if (!model || path === shown) return;
    shown = path;
    editor.setModel(model);
    editor.updateOptions({ readOnly: options.readOnly.includes(path), ariaLabel: options.label(path) });
  };
  const words = pageMessages().workspace;
  const jump = (path: string, line: number, column: number) => {
    options.onShowFile(path);
    show(path);
    editor.setPosition({ lineNumber: line, column });
    editor.revealPositionInCenter({ lineNumber: line, column });
    editor.focus();
  };
  const problems = showProblems(monaco, { summary: options.chrome.problemsSummary, list: options.chrome.problemsList }, models, whenChecked, jump, words);
  const stopLeaveHint = escapeThenTabLeaves(mount, options.chrome.leaveHint, words);

  // Carry on where the preview left off: same caret, same focus.
  const model = models.get(shown);
  if (model && options.handoff.caret !== null) editor.setPosition(model.getPositionAt(options.handoff.caret));
  host.classList.add('editor-ready');
  if (options.handoff.focused) editor.focus();

  return {
    show,
    replaceAll(files: FileMap) {
      for (const [path, model] of models) {
        const text = files[path];
        if (text === undefined || text === model.getValue()) continue;
        // pushEditOperations keeps the old text on the undo stack: Reset can be undone.
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      }
    },
    dispose() {
      disposed = true;
      stopFollowingTheme();
      stopLeaveHint();
      problems.dispose();
      editor.dispose();
      // Disposing the models clears their markers and drops them from the TypeScript worker.
      for (const model of models.values()) model.dispose();
      mount.remove();
    },
  };
}
