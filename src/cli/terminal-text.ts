/**
 * Text from submissions (folder names, program output quoted in messages) on its way to a
 * terminal or a report file: control characters are shown as escapes, never obeyed. The escapes
 * are JSON's (`\n`, `\u001b`), so a JSON report keeps the same values.
 */
// Terminal control: C0 (but \n and \t), DEL, C1, and the Unicode line/paragraph separators. A
// submission's folder name or output must never move the cursor, clear the screen or add a row.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeControl(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A name on one line, every control character shown as an escape (`\n`, `\u001b` …). */
export function printable(name: string): string {
  return name.replace(CONTROL_OR_BREAK, escapeControl);
}

/** Text for the terminal: line breaks and tabs kept, every other control character escaped. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escapeControl);
}
