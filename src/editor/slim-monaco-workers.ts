import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const WORKERS = /\/monaco-editor\/esm\/vs\/internal\/common\/workers\.js$/;

/**
 * Monaco 0.57's `internal/common/workers.js` (how the TypeScript mode starts its worker) imports
 * every editor contribution, code lens to sticky scroll: ~670 KB that arrived with the TypeScript
 * mode after the first editor existed, so the next editor (after a lesson swap) failed with
 * "[createInstance] … depends on UNKNOWN service ICodeLensCache". This keeps the module's own code
 * and drops those side-effect imports; the page picks its contributions in monaco-contributions.ts.
 */
export function slimMonacoWorkers(): Plugin {
  return {
    name: 'course:slim-monaco-workers',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0] ?? id;
      if (!WORKERS.test(file)) return null;
      const code = await readFile(file, 'utf8');
      const slim = code.replace(/^import '[^']+';\n/gm, '');
      if (!slim.includes('function createWebWorker')) throw new Error(`${file} changed shape: review slim-monaco-workers.ts`);
      return slim;
    },
  };
}
