/**
 * Walks the text of rendered lesson HTML (a tokenizer over tags and text, not a parser: the HTML is
 * the MDX renderer's own, well formed) and lets a function rewrite each run of text, told which
 * elements it sits in.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface TextContext {
  /** Open elements around this text, outermost first. */
  open: readonly string[];
  /** The last character of the text before this one (any element), '' at the start. */
  before: string;
}

export function mapHtmlText(html: string, rewrite: (text: string, context: TextContext) => string): string {
  const stack: string[] = [];
  const out: string[] = [];
  let before = '';
  for (const token of html.split(/(<!--[\s\S]*?-->|<[^>]+>)/)) {
    if (token.startsWith('<')) {
      const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
      if (match) {
        const tag = match[2]!.toLowerCase();
        if (match[1]) {
          const at = stack.lastIndexOf(tag);
          if (at >= 0) stack.length = at;
        } else if (!VOID.has(tag) && !token.endsWith('/>')) stack.push(tag);
      }
      out.push(token);
      continue;
    }
    if (!token) continue;
    out.push(rewrite(token, { open: stack, before }));
    before = token.at(-1) ?? before;
  }
  return out.join('');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026]/;
const PRESERVE = new Set(['pre', 'code', 'script', 'style', 'kbd', 'textarea']);

/**
 * A line break inside a Chinese paragraph of Markdown source renders as a space, which Chinese text
 * does not have ("进程， 它有"). Removes the break where both sides are Chinese, or one side is Chinese
 * punctuation; between Chinese and a Latin word or code it stays a space, as Chinese typesetting wants.
 */
export function joinChineseLines(html: string): string {
  return mapHtmlText(html, (text, { open, before }) => {
    if (open.some((tag) => PRESERVE.has(tag)) || !text.includes('\n')) return text;
    return text.replace(/[ \t]*\n[ \t\n]*/g, (gap, offset: number) => {
      const left = offset > 0 ? text[offset - 1]! : before;
      const right = text[offset + gap.length] ?? '';
      const joins = CJK_PUNCTUATION.test(left) || CJK_PUNCTUATION.test(right) || (CJK.test(left) && (CJK.test(right) || right === ''));
      return joins && left !== '' ? '' : gap;
    });
  });
}
