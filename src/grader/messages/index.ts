/** The grader's message catalogs, one per language of the site (src/i18n/index.ts `locales`). */
import type { Locale } from '../../i18n/index.ts';
import { en, type CheckMessages, type Noun } from './en.ts';
import { zhCN } from './zh-CN.ts';

const catalogs: Record<Locale, CheckMessages> = { en, 'zh-CN': zhCN };

export function checkMessages(locale: Locale): CheckMessages {
  return catalogs[locale];
}

/** "task" → "tasks", "process" → "processes", "child" → "children". */
export function plural(noun: string): string {
  if (noun === 'child') return 'children';
  return /(s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/** A built-in noun in a catalog's language; null when the catalog has none for it (English has them all). */
export function builtinNoun(messages: CheckMessages, english: string): Noun | null {
  if (messages === en) return { one: english, many: plural(english) };
  return messages.nouns[english] ?? null;
}

export { en, type CheckMessages, type Locale, type Noun };
