/**
 * A small parser for the flat YAML frontmatter the lessons use (`key: value` lines between `---`
 * fences), for the command-line tools that run outside Vite/Astro. It reads strings (plain or
 * quoted), numbers, booleans, null, flow lists (`[a, "b"]`) and block lists (`- item` lines under
 * `key:`). Anything deeper (nested maps, multi-line scalars) is refused with the line number, so a
 * lesson that outgrows it fails loudly instead of being read wrongly. Validation is the job of the
 * lesson schema (`src/schemas/lesson.ts`), not of this parser.
 */

export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[];

export class FrontmatterError extends Error {}

/** The text between the opening `---` line and the next `---` line, or null when there is none. */
export function extractFrontmatter(source: string): { yaml: string; firstLine: number } | null {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) return null;
  return { yaml: lines.slice(1, close).join('\n'), firstLine: 2 };
}

/** Parses flat `key: value` YAML into a plain object. Throws FrontmatterError naming the line. */
export function parseFlatYaml(yaml: string, firstLine = 1): Record<string, FrontmatterValue> {
  const out: Record<string, FrontmatterValue> = {};
  const lines = yaml.split(/\r?\n/);
  let listKey: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = firstLine + i;
    const line = stripComment(raw).trimEnd();
    if (line.trim() === '') continue;
    const item = /^\s+-\s*(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item) {
      if (listKey === null) {
        throw new FrontmatterError(`line ${lineNo}: a list item ("- …") must follow a "key:" line with nothing after the colon`);
      }
      const current = out[listKey];
      const list = Array.isArray(current) ? current : [];
      list.push(scalar(item[1] ?? '', lineNo));
      out[listKey] = list;
      continue;
    }
    if (/^\s/.test(line)) {
      throw new FrontmatterError(`line ${lineNo}: indented lines (nested maps, multi-line values) are not supported here; keep the frontmatter flat`);
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|\s*)$/.exec(line);
    if (!pair) throw new FrontmatterError(`line ${lineNo}: expected "key: value", got ${JSON.stringify(raw.trim())}`);
    const key = pair[1] as string;
    if (Object.hasOwn(out, key)) throw new FrontmatterError(`line ${lineNo}: the key "${key}" appears twice`);
    const rest = (pair[2] ?? '').trim();
    if (rest === '') {
      // `key:` alone: a block list may follow; with none, the value is YAML's null.
      out[key] = null;
      listKey = key;
      continue;
    }
    listKey = null;
    if (rest === '|' || rest === '>' || /^[|>][-+]?\d*$/.test(rest)) {
      throw new FrontmatterError(`line ${lineNo}: multi-line values ("${rest}") are not supported here; keep "${key}" on one line`);
    }
    out[key] = rest.startsWith('[') ? flowList(rest, lineNo) : scalar(rest, lineNo);
  }
  return out;
}

/** Removes a trailing `# comment` that is outside quotes (YAML needs a space before the #). */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      return line.slice(0, i);
    }
  }
  return line;
}

function scalar(text: string, lineNo: number): FrontmatterValue {
  const t = text.trim();
  if (t.startsWith('"')) {
    if (!t.endsWith('"') || t.length < 2) throw new FrontmatterError(`line ${lineNo}: unterminated "double-quoted" value`);
    try {
      return JSON.parse(t) as string;
    } catch {
      throw new FrontmatterError(`line ${lineNo}: the double-quoted value ${t} has an invalid escape`);
    }
  }
  if (t.startsWith("'")) {
    if (!t.endsWith("'") || t.length < 2) throw new FrontmatterError(`line ${lineNo}: unterminated 'single-quoted' value`);
    return t.slice(1, -1).replace(/''/g, "'");
  }
  if (t === '' || t === '~' || t === 'null' || t === 'Null' || t === 'NULL') return null;
  if (/^(true|True|TRUE)$/.test(t)) return true;
  if (/^(false|False|FALSE)$/.test(t)) return false;
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  if (/^[[{]/.test(t) || /^[&*!%@`]/.test(t)) {
    throw new FrontmatterError(`line ${lineNo}: ${JSON.stringify(t)} needs quotes (or is YAML this parser does not support)`);
  }
  return t;
}

/** `[a, "b, c", 3]`: items split on commas outside quotes. Nested lists are refused. */
function flowList(text: string, lineNo: number): FrontmatterValue[] {
  if (!text.endsWith(']')) throw new FrontmatterError(`line ${lineNo}: a list that opens with "[" must close with "]" on the same line`);
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return [];
  const items: string[] = [];
  let quote: string | null = null;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (quote) {
      current += c;
      if (c === '\\' && quote === '"') {
        current += inner[i + 1] ?? '';
        i++;
      } else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      throw new FrontmatterError(`line ${lineNo}: nested lists or maps are not supported here`);
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (quote) throw new FrontmatterError(`line ${lineNo}: unterminated quote in a list`);
  items.push(current);
  if (items.length > 0 && (items[items.length - 1] ?? '').trim() === '') items.pop(); // trailing comma
  return items.map((item) => scalar(item, lineNo));
}
