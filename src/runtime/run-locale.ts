/**
 * The language a page's runs speak: its `<html lang>` when that is one of the run messages'
 * languages, else English (and English outside a page, as in the runtimes' Node tests).
 */
import { isRunLocale, type RunLocale } from '../run-contract/messages.ts';
import type { RunRequest } from '../run-contract/events.ts';

export function runLocale(request: Pick<RunRequest, 'locale'>): RunLocale {
  if (request.locale) return request.locale;
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isRunLocale(lang) ? lang : 'en';
}
