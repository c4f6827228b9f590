/**
 * The site's two languages: English at today's addresses, Simplified Chinese under /zh-cn/.
 * Pages pass their locale down; client scripts read it from `<html lang>`.
 */
import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';

export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Where each language lives in the address ('' = the site root). */
const localePath: Record<Locale, string> = { en: '', 'zh-CN': 'zh-cn' };

/** localStorage key of the learner's chosen language (set by the switch or the first-visit note). */
export const LOCALE_KEY = 'course:locale';
/** localStorage key: the first-visit note about the other language was dismissed. */
export const LOCALE_NOTE_KEY = 'course:locale-note-dismissed';

const catalogs: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The page's language, as its `<html lang>` says (client scripts). */
export function pageLocale(doc: Document = document): Locale {
  const lang = doc.documentElement.lang;
  return isLocale(lang) ? lang : defaultLocale;
}

/** The page's catalog (client scripts). */
export function pageMessages(doc: Document = document): Messages {
  return messagesFor(pageLocale(doc));
}

const base = () => (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** A site path ('/', '/lessons/x/', '/glossary/') in the given language. */
export function localizedHref(locale: Locale, path: string): string {
  const prefix = localePath[locale] ? `/${localePath[locale]}` : '';
  return `${base()}${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The language a pathname is in. */
export function localeOfPath(pathname: string): Locale {
  let path = pathname.startsWith(base()) ? pathname.slice(base().length) : pathname;
  if (!path.startsWith('/')) path = `/${path}`;
  for (const locale of locales) {
    const prefix = localePath[locale];
    if (prefix && (path === `/${prefix}` || path.startsWith(`/${prefix}/`))) return locale;
  }
  return defaultLocale;
}

/** The best of our languages for a browser's preference list (navigator.languages). */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
    // Traditional-Chinese readers are offered Simplified Chinese too: closer than English for most.
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  }
  return defaultLocale;
}

export type { Messages };
