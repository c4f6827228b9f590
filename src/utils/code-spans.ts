/** Splits author text on Markdown `code` spans: only those are formatted, the rest stays plain text. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => ({ code: /^`.+`$/.test(part), text: part.replace(/^`|`$/g, '') }));
}
