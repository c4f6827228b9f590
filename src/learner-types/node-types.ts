/**
 * The editor's types for Node.js: every declaration file of the installed `@types/node` (the same
 * types `npm run check` uses) and of undici-types, inlined by Vite at build time into one chunk that
 * the editor loads with Monaco. Nothing hand-kept: a lesson may import any `node:` module.
 */
import { editorUri, isOldTypeScriptCopy } from './types-root.ts';

// Literal globs (Vite needs them written out); the packages are those of TYPE_PACKAGES.
const files = import.meta.glob<string>(['/node_modules/@types/node/**/*.d.ts', '/node_modules/undici-types/**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `{ uri, text }` per declaration file, for `typescriptDefaults.addExtraLib(text, uri)`. */
export const nodeTypeLibs: { uri: string; text: string }[] = Object.entries(files).flatMap(([path, text]) => {
  const [, pkg, relative] = /^\/node_modules\/(@types\/node|undici-types)\/(.*)$/.exec(path) ?? [];
  return pkg && relative && !isOldTypeScriptCopy(relative) ? [{ uri: editorUri(pkg, relative), text }] : [];
});
