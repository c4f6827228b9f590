/**
 * The language of a grading report: `--lang en|zh-CN`, else the locale variables a terminal sets
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them): zh_CN.UTF-8 → zh-CN; anything else → en.
 */
import { isLocale, locales, type Locale } from '../i18n/index.ts';
import { UsageError } from './cli-support.ts';

/** `zh_CN.UTF-8`, `zh-CN`, `zh_CN` (any case) → zh-CN; `C`, `en_US.UTF-8`, unset → en. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  // The first of these that is set and not empty decides, as for any POSIX program.
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const tag = value.split(/[.@]/)[0]?.replace('_', '-').toLowerCase() ?? '';
  return tag === 'zh-cn' || tag === 'zh' || tag === 'zh-hans' || tag === 'zh-sg' ? 'zh-CN' : 'en';
}

/** The report language: the --lang value (checked) or the environment's. */
export function reportLocale(lang: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (lang === undefined) return localeFromEnv(env);
  if (isLocale(lang)) return lang;
  const near = locales.find((l) => l.toLowerCase() === lang.toLowerCase().replace('_', '-'));
  throw new UsageError(`Unknown language "${lang}" for --lang: use one of ${locales.join(', ')}${near ? ` (did you mean ${near}?)` : ''}.`);
}
