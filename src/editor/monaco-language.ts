import type { Locale } from '../i18n/index.ts';

/**
 * Monaco's own words (the find and hover widgets, the completion list, the editor's role description)
 * in the page's language. Monaco 0.57 ships each translation as a script that sets
 * `globalThis._VSCODE_NLS_MESSAGES`, and reads that table as its modules load and build their
 * widgets: it must run before the editor chunk is imported. English is Monaco's built-in text.
 * Once loaded, Monaco keeps its words for the document: the language switch reloads the page.
 * (30 KB gzip, Chinese pages only.) TypeScript's diagnostics stay English: its worker has no
 * translations (README, "Translations").
 */
export function loadMonacoMessages(locale: Locale): Promise<unknown> {
  return locale === 'zh-CN' ? import('monaco-editor/nls/lang/zh-cn.js') : Promise.resolve();
}
