import type { ThemeRegistration } from 'shiki/core';

/**
 * GitHub's themes as Monaco draws them, with the colours that failed WCAG AA inside the editor
 * raised: line numbers (light #8c959f on white is 3.0:1) and unused code, which Monaco fades to
 * 67 % opacity (down to 2:1). Unused code keeps its colour and gets a dashed underline instead.
 */
const overrides: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    'editorLineNumber.foreground': '#59636e',
    'editorUnnecessaryCode.opacity': '#000000ff',
    'editorUnnecessaryCode.border': '#59636e',
  },
  dark: {
    'editorLineNumber.foreground': '#9198a1',
    'editorUnnecessaryCode.opacity': '#000000ff',
    'editorUnnecessaryCode.border': '#9198a1',
  },
};

export function readableTheme(theme: ThemeRegistration, kind: 'light' | 'dark'): ThemeRegistration {
  return { ...theme, colors: { ...theme.colors, ...overrides[kind] } };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
