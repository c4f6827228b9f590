/** One pair of Shiki themes for prose code blocks, the starter preview and Monaco, so they all match. */
// The "default" GitHub themes: the older github-light fails WCAG AA contrast for parameters (#E36209).
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** The learner's theme choice, shared by the header toggle, Monaco and anything that draws colours. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_KEY = 'course:theme';
export const THEME_EVENT = 'course:themechange';

export function currentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Calls back with the resolved theme now and whenever it changes (toggle or system setting). */
export function onThemeChange(callback: (theme: 'light' | 'dark') => void): () => void {
  const listener = () => callback(currentTheme());
  document.addEventListener(THEME_EVENT, listener);
  return () => document.removeEventListener(THEME_EVENT, listener);
}
