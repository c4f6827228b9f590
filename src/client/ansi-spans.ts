/**
 * Splits a line with ANSI SGR codes into styled segments. The output panel turns each segment into
 * a text node inside a span with classes: learner output is never parsed as HTML.
 */
export interface Segment {
  text: string;
  classes: string[];
}

interface Style {
  fg: number | null;
  bg: number | null;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
}

const SGR = /\u001b\[([0-9;]*)m/g;
// Other escape sequences (cursor moves, titles) have no meaning in a log: drop them.
const OTHER = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

function classesOf(style: Style): string[] {
  const out: string[] = [];
  if (style.fg !== null) out.push(`ansi-fg-${style.fg}`);
  if (style.bg !== null) out.push(`ansi-bg-${style.bg}`);
  if (style.bold) out.push('ansi-bold');
  if (style.dim) out.push('ansi-dim');
  if (style.italic) out.push('ansi-italic');
  if (style.underline) out.push('ansi-underline');
  return out;
}

function apply(style: Style, params: string): void {
  const codes = params === '' ? [0] : params.split(';').map((p) => Number(p) || 0);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) Object.assign(style, { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false });
    else if (code === 1) style.bold = true;
    else if (code === 2) style.dim = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 22) style.bold = style.dim = false;
    else if (code === 23) style.italic = false;
    else if (code === 24) style.underline = false;
    else if (code >= 30 && code <= 37) style.fg = code - 30;
    else if (code >= 90 && code <= 97) style.fg = code - 90 + 8;
    else if (code === 39) style.fg = null;
    else if (code >= 40 && code <= 47) style.bg = code - 40;
    else if (code >= 100 && code <= 107) style.bg = code - 100 + 8;
    else if (code === 49) style.bg = null;
    else if (code === 38 || code === 48) i += codes[i + 1] === 5 ? 2 : codes[i + 1] === 2 ? 4 : 0; // 256/true colour: skipped
  }
}

export function ansiSegments(line: string): Segment[] {
  const style: Style = { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false };
  const segments: Segment[] = [];
  let last = 0;
  const push = (text: string) => {
    const clean = text.replace(OTHER, '');
    if (clean) segments.push({ text: clean, classes: classesOf(style) });
  };
  for (const match of line.matchAll(SGR)) {
    push(line.slice(last, match.index));
    apply(style, match[1] ?? '');
    last = match.index + match[0].length;
  }
  push(line.slice(last));
  return segments;
}
