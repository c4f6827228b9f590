/**
 * The one check of a run's files, for every runtime: the local runner (before anything touches the
 * disk) and the WebContainer adapter (before anything is written into the container). Paths come
 * from the page, so only plain relative paths made of ordinary segments pass (no "..", no absolute
 * paths, no backslashes, no control characters), and the number and size of files are bounded.
 * A refusal is a FileProblem, which `runMessages(locale).fileProblem` says in the page's language.
 * Pure.
 */
import type { FileMap } from './events.ts';
import { utf8Length } from './utf8.ts';

export interface FileLimits {
  maxFiles: number;
  /** Per file, in UTF-8 bytes. */
  maxFileBytes: number;
  /** All files together, in UTF-8 bytes. */
  maxTotalBytes: number;
}

export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = {
  maxFiles: 64,
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
};

const MAX_PATH_LENGTH = 200;

/** Why a run's files are refused; `name` is the file name as shown (cut at 60 characters). */
export type FileProblem =
  | { kind: 'no-files' }
  | { kind: 'too-many-files'; count: number; max: number }
  | { kind: 'empty-name' }
  | { kind: 'name-too-long'; name: string; max: number }
  | { kind: 'bad-character'; name: string; what: 'nul' | 'control' | 'backslash' }
  | { kind: 'absolute-path'; name: string }
  | { kind: 'dot-dot'; name: string }
  | { kind: 'empty-folder-name'; name: string }
  | { kind: 'not-text'; name: string }
  | { kind: 'file-too-large'; name: string; bytes: number; max: number }
  | { kind: 'files-too-large'; bytes: number; max: number }
  | { kind: 'names-clash'; name: string; other: string }
  | { kind: 'file-and-folder'; name: string }
  | { kind: 'entry-missing'; name: string };

function shown(p: string): string {
  return p.length > 60 ? `${p.slice(0, 60)}…` : p;
}

/** Why one path is refused, or null when it is fine. */
function checkPath(p: string): FileProblem | null {
  if (typeof p !== 'string' || p.length === 0) return { kind: 'empty-name' };
  const name = shown(p);
  if (p.length > MAX_PATH_LENGTH) return { kind: 'name-too-long', name, max: MAX_PATH_LENGTH };
  if (p.includes('\0')) return { kind: 'bad-character', name, what: 'nul' };
  if (p.includes('\\')) return { kind: 'bad-character', name, what: 'backslash' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(p)) return { kind: 'bad-character', name, what: 'control' };
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return { kind: 'absolute-path', name };
  for (const segment of p.split('/')) {
    if (segment.includes('..')) return { kind: 'dot-dot', name };
    if (segment === '' || segment === '.') return { kind: 'empty-folder-name', name };
  }
  return null;
}

/** Checks a run's files and entry: the first problem found, or null when all is fine. */
export function checkRunFiles(files: FileMap, entry: string, limits: FileLimits = DEFAULT_FILE_LIMITS): FileProblem | null {
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return { kind: 'no-files' };
  const names = Object.keys(files);
  if (names.length === 0) return { kind: 'no-files' };
  if (names.length > limits.maxFiles) return { kind: 'too-many-files', count: names.length, max: limits.maxFiles };
  let total = 0;
  const lowerCaseNames = new Map<string, string>();
  for (const name of names) {
    const problem = checkPath(name);
    if (problem) return problem;
    const content = files[name];
    if (typeof content !== 'string') return { kind: 'not-text', name: shown(name) };
    const bytes = utf8Length(content);
    if (bytes > limits.maxFileBytes) return { kind: 'file-too-large', name: shown(name), bytes, max: limits.maxFileBytes };
    total += bytes;
    // "a.ts" and "a.ts/b.ts" cannot both exist; neither can names that differ only by case on
    // case-insensitive disks (macOS, Windows), so refuse them everywhere for the same behaviour.
    const lower = name.toLowerCase();
    const clash = lowerCaseNames.get(lower);
    if (clash !== undefined) return { kind: 'names-clash', name: shown(name), other: shown(clash) };
    lowerCaseNames.set(lower, name);
  }
  for (const name of names) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = lowerCaseNames.get(parts.slice(0, i).join('/').toLowerCase());
      if (folder !== undefined) return { kind: 'file-and-folder', name: shown(folder) };
    }
  }
  if (total > limits.maxTotalBytes) return { kind: 'files-too-large', bytes: total, max: limits.maxTotalBytes };
  if (typeof entry !== 'string' || !Object.hasOwn(files, entry)) return { kind: 'entry-missing', name: shown(String(entry)) };
  return null;
}

/**
 * The files as the program gets them: with `{"type":"module"}` unless the learner sent a
 * package.json (without it a file with no import/export runs as CommonJS and top-level await fails).
 */
export function withPackageJson(files: FileMap): FileMap {
  return Object.hasOwn(files, 'package.json') ? files : { ...files, 'package.json': '{"type":"module"}\n' };
}
