/** One pair of Shiki themes for prose code blocks, the starter preview and Monaco, so they all match. */
export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;
