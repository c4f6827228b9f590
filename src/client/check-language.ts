/**
 * The page grades in its own language: `<html lang>` chooses the grader's catalog, and the lesson's
 * check texts in that language come from the page (Workspace.astro embeds them at build time).
 */
import type { CheckTexts, GradeOptions } from '../grader/index.ts';
import { pageLocale } from '../i18n/index.ts';

export function pageGradeOptions(doc: Document = document): GradeOptions {
  const node = doc.querySelector('[data-check-texts]');
  const texts = node?.textContent ? (JSON.parse(node.textContent) as CheckTexts) : undefined;
  return { locale: pageLocale(doc), texts };
}
