/**
 * The learner's FileMap as WebContainer's nested FileSystemTree, after checking every path the way
 * the local runner does (src/runner/temp-files.ts): the container is sandboxed, but a bad path must
 * fail the same way on both runtimes. Pure.
 */
import type { FileMap } from '../events.ts';
import type { FileSystemTree } from './api.ts';

const MAX_PATH_LENGTH = 200;

/** Why a path is refused, in words for the learner; null when it is fine. */
export function checkPath(p: string): string | null {
  if (p.length === 0) return 'a file name is empty';
  const shown = JSON.stringify(p.length > 60 ? `${p.slice(0, 60)}…` : p);
  if (p.length > MAX_PATH_LENGTH) return `the file name ${shown} is longer than ${MAX_PATH_LENGTH} characters`;
  if (p.includes('\\')) return `the file name ${shown} contains a backslash (use "/" between folders)`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(p)) return `the file name ${shown} contains a control character`;
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return `the file name ${shown} is an absolute path`;
  for (const segment of p.split('/')) {
    if (segment.includes('..')) return `the file name ${shown} contains ".."`;
    if (segment === '' || segment === '.') return `the file name ${shown} has an empty or "." folder name`;
  }
  return null;
}

/** Checks a run's files and entry; a message for the learner, or null. */
export function checkRunFiles(files: FileMap, entry: string): string | null {
  const names = Object.keys(files);
  if (names.length === 0) return 'no files were sent';
  const lower = new Map<string, string>();
  for (const name of names) {
    const problem = checkPath(name);
    if (problem) return problem;
    if (typeof files[name] !== 'string') return `the contents of ${JSON.stringify(name)} are not text`;
    const clash = lower.get(name.toLowerCase());
    if (clash !== undefined) return `the file names ${JSON.stringify(clash)} and ${JSON.stringify(name)} clash`;
    lower.set(name.toLowerCase(), name);
  }
  for (const name of names) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = lower.get(parts.slice(0, i).join('/').toLowerCase());
      if (folder !== undefined) return `${JSON.stringify(folder)} is both a file and a folder`;
    }
  }
  if (!Object.hasOwn(files, entry)) return `the file to run (${JSON.stringify(entry)}) is not among the files`;
  return null;
}

/** "lib/util.ts" → { lib: { directory: { 'util.ts': { file: { contents } } } } }. Paths must have passed checkPath. */
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

/** The files of a run as the container gets them: with `{"type":"module"}` unless the learner sent a package.json (as the local runner does). */
export function withPackageJson(files: FileMap): FileMap {
  return Object.hasOwn(files, 'package.json') ? files : { ...files, 'package.json': '{"type":"module"}\n' };
}
