/**
 * The learner's FileMap as WebContainer's nested FileSystemTree. The files have passed the
 * contract's check (src/run-contract/run-files.ts) first, as on the local runner. Pure.
 */
import type { FileMap } from '../../run-contract/events.ts';
import type { FileSystemTree } from './api.ts';

/** "lib/util.ts" → { lib: { directory: { 'util.ts': { file: { contents } } } } }. */
export function toMountTree(files: FileMap): FileSystemTree {
  const root: FileSystemTree = {};
  for (const [path, contents] of Object.entries(files)) {
    const parts = path.split('/');
    const name = parts.pop() as string;
    let folder = root;
    for (const part of parts) {
      const node = folder[part] ?? { directory: {} };
      if (!('directory' in node)) throw new Error(`${JSON.stringify(path)}: ${JSON.stringify(part)} is a file`);
      folder[part] = node;
      folder = node.directory;
    }
    if (folder[name] && 'directory' in (folder[name] as object)) throw new Error(`${JSON.stringify(path)} is a folder`);
    folder[name] = { file: { contents } };
  }
  return root;
}
