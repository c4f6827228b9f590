// The same files as node-types.ts, read with Node for tests (no Vite).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { editorUri, isOldTypeScriptCopy, TYPE_PACKAGES } from './types-root.ts';

const require = createRequire(import.meta.url);

export function readNodeTypeLibs(): { uri: string; text: string }[] {
  const out: { uri: string; text: string }[] = [];
  for (const pkg of TYPE_PACKAGES) {
    const root = dirname(require.resolve(`${pkg}/package.json`));
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        const rel = relative(root, path).split('\\').join('/');
        if (entry.isDirectory()) {
          if (!isOldTypeScriptCopy(rel)) walk(path);
        } else if (entry.name.endsWith('.d.ts')) out.push({ uri: editorUri(pkg, rel), text: readFileSync(path, 'utf8') });
      }
    };
    walk(root);
  }
  return out;
}
