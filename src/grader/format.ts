/** "2.04 s": the unit learners read in the lessons and in Python's article. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** "A, B and C" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function quote(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${cut}”`;
}

/**
 * A line pattern as a learner reads it: `/^main: done in (?<ms>\d+) ms$/` → “main: done in … ms”.
 * Messages show this, never the regular expression itself (most learners cannot read one). Checks
 * take a `line` option to say it better by hand.
 */
export function lineShape(pattern: RegExp): string {
  let s = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
  // Groups (named or not) and character classes, innermost first, become an ellipsis.
  for (let i = 0; i < 8; i += 1) {
    const before = s;
    s = s.replace(/\[(?:\\.|[^\]\\])*\][*+?]?(?:\{\d+(?:,\d*)?\})?/g, '…');
    s = s.replace(/\((?:\?(?:<\w+>|:|=|!|<=|<!))?((?:\\.|[^()\\])*)\)[*+?]?(?:\{\d+(?:,\d*)?\})?/g, '…');
    if (s === before) break;
  }
  s = s
    .replace(/\\[dwsS](?:[*+?]|\{\d+(?:,\d*)?\})?/g, '…')
    .replace(/\.(?:[*+?]|\{\d+(?:,\d*)?\})\??/g, '…')
    .replace(/\\b/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/…(?:\s*…)+/g, '…');
  return `“${s.trim()}”`;
}
