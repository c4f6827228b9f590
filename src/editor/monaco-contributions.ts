// What the lesson editor offers beyond Monaco's bare API (`editor.api` has no hover, completion,
// find or F8). Each import registers one contribution; `editor.main` would add every language
// and every feature (code lens, folding, sticky scroll, quick access…) that this page never uses.
// Imported before the first editor is created: Monaco fixes its service set then, and a
// contribution registered later fails with "[createInstance] … depends on UNKNOWN service".
import 'monaco-editor/editor/browser/coreCommands'; // cursor movement, selection, typing
import 'monaco-editor/features/codicon/register'; // the icon font the widgets below draw with
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution'; // hover: the TypeScript message
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError'; // F8 / Shift+F8
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions'; // the hover's "Quick Fix..." (Ctrl+.)
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2'; // completions insert through it
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'; // completions (Ctrl+Space)
import 'monaco-editor/editor/contrib/parameterHints/browser/parameterHints'; // signature help
import 'monaco-editor/editor/contrib/find/browser/findController'; // Ctrl+F, Ctrl+H
import 'monaco-editor/editor/contrib/comment/browser/comment'; // Ctrl+/
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations'; // Ctrl+Backspace, Ctrl+←
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations'; // Alt+↑, Ctrl+Shift+K
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode'; // Ctrl+M
