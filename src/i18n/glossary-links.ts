/**
 * Links the first occurrence of each glossary term in a lesson's rendered HTML. A tokenizer, not a
 * parser: it walks tags and text, never touches text inside elements where a link would be wrong
 * (code, pre, links, headings, buttons, summaries, svg), and links each term at most once.
 */
import type { Locale } from './index.ts';
import { mapHtmlText } from './html-text.ts';

export interface GlossaryTerm {
  id: string;
  word: string;
  href: string;
  title: string;
}

const SKIP = new Set(['code', 'pre', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'summary', 'svg', 'script', 'style', 'kbd', 'dt']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** English words match whole words (with a plural -s/-es); Chinese words match as they are. */
function patternFor(word: string, locale: Locale): RegExp {
  const escaped = escapeRegExp(word);
  return locale === 'en' && /^[\w\s-]+$/.test(word) ? new RegExp(`\\b${escaped}(?:e?s)?\\b`, 'i') : new RegExp(escaped);
}

export function linkGlossaryTerms(html: string, terms: readonly GlossaryTerm[], locale: Locale): string {
  // Longer words first, so 工作线程 is linked before 线程 takes its place.
  const pending = [...terms].filter((t) => t.word.trim()).sort((a, b) => b.word.length - a.word.length).map((t) => ({ ...t, pattern: patternFor(t.word, locale) }));
  if (pending.length === 0) return html;
  const linked = new Set<string>();
  return mapHtmlText(html, (text, { open }) => (open.some((tag) => SKIP.has(tag)) ? text : linkText(text, pending, linked)));
}

function linkText(text: string, terms: readonly (GlossaryTerm & { pattern: RegExp })[], linked: Set<string>): string {
  // Find the earliest unlinked term in this text; link it, then continue after it.
  let best: { term: GlossaryTerm; index: number; length: number } | null = null;
  for (const term of terms) {
    if (linked.has(term.id)) continue;
    const match = term.pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { term, index: match.index, length: match[0].length };
  }
  if (!best) return text;
  linked.add(best.term.id);
  const { term, index, length } = best;
  const link = `<a class="glossary-link" href="${escapeAttr(term.href)}" title="${escapeAttr(term.title)}">${text.slice(index, index + length)}</a>`;
  return text.slice(0, index) + link + linkText(text.slice(index + length), terms, linked);
}
