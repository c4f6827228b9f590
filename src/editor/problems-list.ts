import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { Messages } from '../i18n/index.ts';

/** The list's words in the page's language (the workspace catalog, src/i18n/). */
export type ProblemsWords = Pick<Messages['workspace'], 'problemsChecking' | 'noProblems' | 'problemsCount' | 'severity' | 'problemLabel'>;

export interface ProblemsTarget {
  summary: HTMLElement;
  list: HTMLElement;
}

export interface Problem {
  path: string;
  line: number;
  column: number;
  message: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
}

/** One problem, as the list shows it and a screen reader reads it (TypeScript's own message, in English). */
function describeProblem(problem: Problem): string {
  return `${problem.path} ${problem.line}:${problem.column} ${problem.message}${problem.code ? ` (TS${problem.code})` : ''}`;
}

export function summarise(problems: readonly Problem[], words: ProblemsWords): string {
  if (problems.length === 0) return words.noProblems;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return words.problemsCount(errors, problems.length - errors);
}

/**
 * The TypeScript diagnostics of the lesson's files as a list under the editor: what each underline
 * means, with line:column; a click jumps there. Hints (faded unused code) stay in the editor's hover.
 */
export function showProblems(
  monaco: typeof Monaco,
  target: ProblemsTarget,
  models: ReadonlyMap<string, Monaco.editor.ITextModel>,
  /**
   * Settles with the number of diagnostics once the TypeScript worker has checked the files: "No
   * problems" is only true then. Markers come from the same check; none to set fires no event.
   */
  checked: Promise<number>,
  jump: (path: string, line: number, column: number) => void,
  words: ProblemsWords,
): Monaco.IDisposable {
  const owned = new Map([...models].map(([path, model]) => [model.uri.toString(), path]));
  const severityOf = (s: Monaco.MarkerSeverity): Problem['severity'] | null =>
    s === monaco.MarkerSeverity.Error ? 'error' : s === monaco.MarkerSeverity.Warning ? 'warning' : s === monaco.MarkerSeverity.Info ? 'info' : null;

  let last = '';
  let ready = false;
  const render = () => {
    if (!ready) return;
    const problems: Problem[] = [];
    for (const [path, model] of models) {
      for (const marker of monaco.editor.getModelMarkers({ resource: model.uri })) {
        const severity = severityOf(marker.severity);
        if (!severity) continue;
        const code = typeof marker.code === 'object' ? marker.code.value : (marker.code ?? '');
        problems.push({ path, line: marker.startLineNumber, column: marker.startColumn, message: marker.message, code, severity });
      }
    }
    problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
    const key = JSON.stringify(problems);
    if (key === last) return; // unchanged: nothing new to announce
    last = key;
    target.summary.textContent = summarise(problems, words);
    target.summary.dataset.count = String(problems.length);
    target.list.replaceChildren(
      ...problems.map((problem) => {
        const item = document.createElement('li');
        item.className = `problem ${problem.severity}`;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'problem-jump';
        const where = document.createElement('span');
        where.className = 'problem-where';
        where.textContent = `${problem.path} ${problem.line}:${problem.column}`;
        const message = document.createElement('span');
        message.className = 'problem-message';
        message.lang = 'en'; // TypeScript's own words: its worker has no translations
        message.textContent = `${problem.message}${problem.code ? ` (TS${problem.code})` : ''}`;
        button.append(where, ' ', message);
        button.setAttribute('aria-label', words.problemLabel(words.severity[problem.severity], describeProblem(problem)));
        button.addEventListener('click', () => jump(problem.path, problem.line, problem.column));
        item.append(button);
        return item;
      }),
    );
  };
  target.summary.textContent = words.problemsChecking;
  delete target.summary.dataset.count;
  target.list.replaceChildren();
  let disposed = false;
  const hasMarkers = () => [...models.values()].some((model) => monaco.editor.getModelMarkers({ resource: model.uri }).length > 0);
  void checked.then(
    (found) => {
      if (disposed) return;
      // Nothing found: no marker will change, so say so now. Something found: its markers, if not
      // set yet, fire the listener below when they are.
      if (found > 0 && !hasMarkers()) return;
      ready = true;
      render();
    },
    () => {},
  );
  const listener = monaco.editor.onDidChangeMarkers((uris) => {
    if (uris.some((uri) => owned.has(uri.toString()))) {
      ready = true;
      render();
    }
  });
  return {
    dispose() {
      disposed = true;
      listener.dispose();
    },
  };
}
