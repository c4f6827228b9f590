// The editor chunk: loaded by load-editor.ts only, never on the page's first paint.
import * as monaco from 'monaco-editor/editor/editor.api';
import { typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import { LEARNER_COMPILER_OPTIONS } from './compiler-options.ts';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import typescript from 'shiki/langs/typescript.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import type { FileMap } from '../runtime/events.ts';
import type { EditorApi, EditorOptions } from './editor-api.ts';
import { codeThemes, currentTheme, onThemeChange } from '../utils/theme.ts';

// Without getWorker the production build cannot find Monaco's workers (dev works, build does not).
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TypeScriptWorker() : new EditorWorker()),
};

// Node's types (@types/node, src/learner-types): one chunk, fetched while Monaco sets up.
const nodeTypes = import('../learner-types/node-types.ts');

let configured: Promise<void> | null = null;

/** Once per page: TypeScript settings that match how Node 24 runs the files, and the page's colours. */
function configure(): Promise<void> {
  configured ??= (async () => {
    typescriptDefaults.setCompilerOptions(LEARNER_COMPILER_OPTIONS as Parameters<typeof typescriptDefaults.setCompilerOptions>[0]);
    typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
    typescriptDefaults.setEagerModelSync(true); // cross-file imports need every file's model in the worker
    for (const { uri, text } of (await nodeTypes).nodeTypeLibs) typescriptDefaults.addExtraLib(text, uri);
    monaco.languages.register({ id: 'typescript', extensions: ['.ts', '.mts'], aliases: ['TypeScript'] });
    monaco.languages.register({ id: 'javascript', extensions: ['.js', '.mjs'], aliases: ['JavaScript'] });
    const highlighter = await createHighlighterCore({
      themes: [githubLight, githubDark],
      langs: [typescript],
      engine: createJavaScriptRegexEngine(),
    });
    // A first tokenisation on a busy machine can exceed Monaco's 500 ms per line.
    shikiToMonaco(highlighter, monaco as never, { tokenizeTimeLimit: 3000 });
  })();
  return configured;
}

const languageOf = (path: string) => (/\.(m?js)$/.test(path) ? 'javascript' : 'typescript');

export async function createMonacoEditor(host: HTMLElement, options: EditorOptions): Promise<EditorApi> {
  await configure();
  const models = new Map<string, monaco.editor.ITextModel>();
  for (const [path, text] of Object.entries(options.files)) {
    const uri = monaco.Uri.parse(`file:///${path}`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, languageOf(path), uri);
    model.setValue(text);
    model.onDidChangeContent(() => options.onChange(path, model.getValue()));
    models.set(path, model);
  }


  const mount = document.createElement('div');
  mount.className = 'monaco-mount';
  host.append(mount);
  const editor = monaco.editor.create(mount, {
    model: models.get(options.active) ?? null,
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
    ariaLabel: 'Code editor',
    readOnly: options.readOnly.includes(options.active),
  });
  const stopFollowingTheme = onThemeChange((theme) => monaco.editor.setTheme(codeThemes[theme]));
  // Monaco takes Ctrl/Cmd+Enter for itself otherwise.
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
  host.classList.add('editor-ready');

  return {
    show(path) {
      const model = models.get(path);
      if (!model) return;
      editor.setModel(model);
      editor.updateOptions({ readOnly: options.readOnly.includes(path) });
    },
    replaceAll(files: FileMap) {
      for (const [path, model] of models) {
        const text = files[path];
        if (text === undefined || text === model.getValue()) continue;
        // pushEditOperations keeps the old text on the undo stack: Reset can be undone.
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      }
    },
    focus: () => editor.focus(),
    dispose() {
      stopFollowingTheme();
      editor.dispose();
      for (const model of models.values()) model.dispose();
      mount.remove();
    },
  };
}
