import { describe, expect, it } from 'vitest';
import githubLight from 'shiki/themes/github-light-default.mjs';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import { contrast, readableTheme } from './editor-theme.ts';

describe('the editor theme', () => {
  for (const [kind, theme] of [['light', githubLight], ['dark', githubDark]] as const) {
    const colors = readableTheme(theme, kind).colors ?? {};
    const background = colors['editor.background'] ?? '';
    it(`${kind}: line numbers reach 4.5:1 on the editor background`, () => {
      expect(contrast(colors['editorLineNumber.foreground'] ?? '', background)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${kind}: unused code is not faded (it is underlined instead)`, () => {
      expect(colors['editorUnnecessaryCode.opacity']).toMatch(/ff$/i);
      expect(contrast(colors['editorUnnecessaryCode.border'] ?? '', background)).toBeGreaterThanOrEqual(3);
    });
    it(`${kind}: every token colour the theme uses reaches 4.5:1, so unfaded unused code stays readable`, () => {
      const low = (theme.tokenColors ?? [])
        // Rules with their own background (invalid tokens) are judged against that, not here.
        .filter((rule) => !rule.settings?.background)
        .map((rule) => rule.settings?.foreground)
        .filter((c): c is string => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c))
        .filter((c) => contrast(c, background) < 4.5);
      expect(low).toEqual([]);
    });
  }
});
