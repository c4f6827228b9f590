/**
 * The run folder: a fresh temp directory holding the learner's files, removed after the run.
 *
 * Paths come from the browser, so they are checked before anything touches the disk: only plain
 * relative paths made of ordinary segments may pass (no "..", no absolute paths, no backslashes, no
 * NUL), and the number and size of files are bounded.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FileMap } from '../runtime/events.ts';

export interface FileLimits {
  maxFiles: number;
  /** Per file, in UTF-8 bytes. */
  maxFileBytes: number;
  /** All files together, in UTF-8 bytes. */
  maxTotalBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFiles: 64,
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
};

const MAX_PATH_LENGTH = 200;
export const RUN_DIR_PREFIX = 'course-run-';

/** Why a path is refused, in words for the learner; null when it is fine. */
export function checkPath(p: string): string | null {
  if (typeof p !== 'string' || p.length === 0) return 'a file name is empty';
  const shown = JSON.stringify(p.length > 60 ? `${p.slice(0, 60)}…` : p);
  if (p.length > MAX_PATH_LENGTH) return `the file name ${shown} is longer than ${MAX_PATH_LENGTH} characters`;
  if (p.includes('\0')) return `the file name ${shown} contains a NUL character`;
  if (p.includes('\\')) return `the file name ${shown} contains a backslash (use "/" between folders)`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(p)) return `the file name ${shown} contains a control character`;
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return `the file name ${shown} is an absolute path`;
  for (const segment of p.split('/')) {
    if (segment === '..' || segment.includes('..')) return `the file name ${shown} contains ".."`;
    if (segment === '' || segment === '.') return `the file name ${shown} has an empty or "." folder name`;
  }
  return null;
}

/** Checks the whole request's files; returns a message for the learner, or null when all is fine. */
export function checkFiles(files: FileMap, entry: string, limits: FileLimits = DEFAULT_FILE_LIMITS): string | null {
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return 'no files were sent';
  const names = Object.keys(files);
  if (names.length === 0) return 'no files were sent';
  if (names.length > limits.maxFiles) return `too many files (${names.length}; at most ${limits.maxFiles})`;
  let total = 0;
  const lowerCaseNames = new Map<string, string>();
  for (const name of names) {
    const problem = checkPath(name);
    if (problem) return problem;
    const content = files[name];
    if (typeof content !== 'string') return `the contents of ${JSON.stringify(name)} are not text`;
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > limits.maxFileBytes) {
      return `the file ${JSON.stringify(name)} is too large (${bytes} bytes; at most ${limits.maxFileBytes})`;
    }
    total += bytes;
    // "a.ts" and "a.ts/b.ts" cannot both exist; neither can names that differ only by case on
    // case-insensitive disks (macOS, Windows), so refuse them everywhere for the same behaviour.
    const lower = name.toLowerCase();
    const clash = lowerCaseNames.get(lower);
    if (clash !== undefined) return `the file names ${JSON.stringify(clash)} and ${JSON.stringify(name)} clash`;
    lowerCaseNames.set(lower, name);
  }
  for (const name of names) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/').toLowerCase();
      if (lowerCaseNames.has(folder)) {
        return `${JSON.stringify(lowerCaseNames.get(folder))} is both a file and a folder`;
      }
    }
  }
  if (total > limits.maxTotalBytes) return `the files are too large together (${total} bytes; at most ${limits.maxTotalBytes})`;
  if (typeof entry !== 'string' || !Object.hasOwn(files, entry)) {
    return `the file to run (${JSON.stringify(entry)}) is not among the files`;
  }
  return null;
}

/**
 * Creates the run folder and writes the files into it. Adds `package.json` `{"type":"module"}`
 * unless the learner sent one: without it a file with no import/export runs as CommonJS and
 * top-level await fails. Removes the folder again if writing fails.
 */
export async function writeRunFolder(files: FileMap): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), RUN_DIR_PREFIX));
  trackLiveFolder(dir);
  try {
    const all: FileMap = { ...files };
    if (!Object.hasOwn(all, 'package.json')) all['package.json'] = '{"type":"module"}\n';
    for (const [name, content] of Object.entries(all)) {
      const target = path.join(dir, ...name.split('/'));
      // Defence in depth: checkPath already refuses anything that could leave the folder.
      if (!target.startsWith(dir + path.sep)) throw new Error(`refusing to write outside the run folder: ${name}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, { flag: 'wx' });
    }
    return dir;
  } catch (error) {
    await removeRunFolder(dir);
    throw error;
  }
}

/** Removes the run folder; never throws (retries briefly, as a dying process may still hold files). */
export async function removeRunFolder(dir: string): Promise<void> {
  if (!path.basename(dir).startsWith(RUN_DIR_PREFIX)) return; // never remove anything else
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    // Left for the OS to clean: better than crashing the server.
  }
  liveFolders.delete(dir);
}

/** Folders of runs still going when this process exits are removed then (synchronously, as `exit` requires). */
const liveFolders = new Set<string>();
let exitHookInstalled = false;

function trackLiveFolder(dir: string): void {
  liveFolders.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const folder of liveFolders) {
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {
        // nothing more we can do while exiting
      }
    }
  });
}
