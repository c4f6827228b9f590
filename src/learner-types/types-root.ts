/**
 * The packages that make the editor's Node types: @types/node and the one package it imports
 * (undici-types, for fetch's Request/Response). `file:///node_modules/<name>/` in the editor's
 * virtual file system, as TypeScript expects installed packages. `ts5.*` folders are @types/node's
 * copies for older TypeScript versions than Monaco's.
 */
export const TYPE_PACKAGES = ['@types/node', 'undici-types'] as const;
export const isOldTypeScriptCopy = (relative: string) => /^ts5\.\d/.test(relative);
export const editorUri = (pkg: string, relative: string) => `file:///node_modules/${pkg}/${relative}`;
