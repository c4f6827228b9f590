/**
 * A lesson's check texts in another language, and the context a check evaluates in. The English
 * source stays in content/<lesson>/checks.ts; content/<lesson>/checks.<locale>.yaml gives, by check
 * id, the translated title, hint, `describe` and own messages, plus the lesson's task nouns. Its
 * shape is validated by src/lessons/check-texts.ts; here it is only read. A text without a
 * translation is shown in English with the catalog's `untranslated` note, never left blank.
 */
import { builtinNoun, checkMessages, type CheckMessages, type Locale, type Noun } from './messages/index.ts';
import type { Check } from './types.ts';

export interface CheckText {
  title?: string;
  hint?: string;
  /** printsValue's `describe`: how the expected value reads. */
  describe?: string;
  /** The check's own messages (Check.messages), by key. */
  messages?: Record<string, string>;
}

export interface CheckTexts {
  /** The lesson's task nouns (taskSet's `noun`), English → translation. */
  nouns?: Record<string, string>;
  checks?: Record<string, CheckText>;
}

export interface CheckContext {
  locale: Locale;
  /** The built-in messages in the report's language. */
  t: CheckMessages;
  /** The check's lesson hint in the report's language (undefined when it has none). */
  hint(english: string | undefined): string | undefined;
  /** How messages call one task and several, in the report's language. */
  noun(english: string): Noun;
  /** printsValue's `describe` in the report's language. */
  describe(english: string): string;
  /** One of the check's own messages (Check.messages[key]) in the report's language, `{name}` filled from params. */
  say(key: string, params?: Record<string, string | number>): string;
}

function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The context one check evaluates in. `fellBack()` tells afterwards whether the verdict used a lesson
 * text that has no translation, or used no catalog text at all (a custom check's plain English
 * message): then the grader adds the untranslated note.
 */
export function checkContext(check: Pick<Check, 'id' | 'messages'>, locale: Locale, texts?: CheckTexts): CheckContext & { fellBack(): boolean } {
  const catalog = checkMessages(locale);
  const own = texts?.checks?.[check.id];
  const english = locale === 'en';
  let usedCatalog = false;
  let fellBack = false;
  const t = new Proxy(catalog, {
    get(target, key, receiver) {
      usedCatalog = true;
      return Reflect.get(target, key, receiver);
    },
  });
  const translated = (value: string | undefined, original: string): string => {
    if (english) return original;
    if (value !== undefined) return value;
    fellBack = true;
    return original;
  };
  return {
    locale,
    t,
    hint: (hint) => (hint === undefined ? undefined : translated(own?.hint, hint)),
    noun: (word) => nounIn(locale, word, texts, () => (fellBack = true)),
    describe: (text) => translated(own?.describe, text),
    say(key, params) {
      const template = check.messages?.[key];
      if (template === undefined) throw new Error(`check "${check.id}" has no message "${key}" (add it to the check's messages)`);
      usedCatalog = true;
      return fill(translated(own?.messages?.[key], template), params);
    },
    fellBack: () => !english && (fellBack || !usedCatalog),
  };
}

/** A task noun in a language: the lesson's translation, else the catalog's, else the English word. */
function nounIn(locale: Locale, english: string, texts?: CheckTexts, onFallback?: () => void): Noun {
  const catalog = checkMessages(locale);
  const own = texts?.nouns?.[english];
  if (own !== undefined && locale !== 'en') return { one: own, many: own };
  const builtin = builtinNoun(catalog, english);
  if (builtin) return builtin;
  onFallback?.();
  return builtinNoun(checkMessages('en'), english) as Noun;
}

/** A check's title in a language: the translation's, else the built-in default's, else English with a note. */
export function checkTitle(check: Check, locale: Locale, texts?: CheckTexts): string {
  if (locale === 'en') return check.title;
  const own = texts?.checks?.[check.id]?.title;
  if (own !== undefined) return own;
  // A task noun the lesson has not translated shows in English inside the title: say so, as messages do.
  let nounFellBack = false;
  if (check.defaultTitle) {
    const title = check.defaultTitle(checkMessages(locale), (word) => nounIn(locale, word, texts, () => (nounFellBack = true)));
    return nounFellBack ? `${title}${checkMessages(locale).untranslated}` : title;
  }
  return `${check.title}${checkMessages(locale).untranslated}`;
}

/** Every check's id and title in a language, as a page lists them before the first run. */
export function checkTitles(checks: readonly Check[], locale: Locale, texts?: CheckTexts): { id: string; title: string }[] {
  return checks.map((check) => ({ id: check.id, title: checkTitle(check, locale, texts) }));
}
