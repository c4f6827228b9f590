/**
 * What `npm run grade -- <lesson> <path>` grades: a folder with the lesson's files, a single entry
 * file, or a folder of many submissions (one subfolder each).
 *
 * Submissions are strangers' files: nothing here follows a symbolic link (lstat, and O_NOFOLLOW on
 * open, so a file swapped for a link in between is refused too). A link is reported as an error,
 * by name, never silently skipped or graded as the starter. What is read is copied into memory;
 * the runner gives each submission its own sandbox with its own copy.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileMap } from '../run-contract/events.ts';
import { LessonError, type LoadedLesson as Lesson } from '../lessons/index.ts';
import { printable } from './terminal-text.ts';

export interface Submission {
  /** Shown in reports and used for the `--out` file name: the folder's or the file's name. */
  name: string;
  /** Where it came from (absolute path). */
  source: string;
  /** The files to run: the submission's over the lesson's starter. */
  files: FileMap;
  /** Lesson files the submission did not have, taken from the starter. */
  fromStarter: string[];
  /** Set when the submission cannot be run at all (e.g. its entry file is missing). */
  problem?: string;
}

export interface Submissions {
  mode: 'folder' | 'file' | 'many';
  submissions: Submission[];
}

/** Code Node may load, read from a submission folder; other files count only when the starter has them. */
const CODE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;

function acceptFor(lesson: Lesson): (relative: string) => boolean {
  return (relative) => CODE_FILE.test(relative) || relative in lesson.starter;
}

type Kind = 'file' | 'dir' | 'symlink' | 'other' | null;

/** What is at `p`, without following a link. */
async function kindOf(p: string): Promise<Kind> {
  try {
    const s = await lstat(p);
    return s.isSymbolicLink() ? 'symlink' : s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

/** Bounds on what is read from one submission (the runner refuses more anyway). */
const MAX_FILES = 64;
const MAX_FILE_BYTES = 1024 * 1024;

/** A submission that cannot be read as plain files; its message names the file. */
class RefusedFile extends Error {}

/** Reads a regular file without following a link, bounded in size. */
async function readPlainFile(file: string, shownAs: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new RefusedFile(`${shownAs} is a symbolic link; submissions are read as plain files only`);
    throw new RefusedFile(`${shownAs} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new RefusedFile(`${shownAs} is not a plain file`);
    if (s.size > MAX_FILE_BYTES) throw new RefusedFile(`${shownAs} is too large (${s.size} bytes; at most ${MAX_FILE_BYTES})`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** The code files of a submission folder, refusing links, devices and anything too big, by name. */
async function readSubmissionFolder(dir: string, accept: (relative: string) => boolean): Promise<FileMap> {
  const files: FileMap = {};
  let count = 0;
  async function walk(folder: string, prefix: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) throw new RefusedFile(`${printable(relative)} is a symbolic link; submissions are read as plain files only`);
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile() && accept(relative)) {
        if (++count > MAX_FILES) throw new RefusedFile(`more than ${MAX_FILES} files`);
        files[relative] = await readPlainFile(full, printable(relative));
      }
    }
  }
  await walk(dir, '');
  return files;
}

/** Whether the folder holds the entry file (a link named like it counts: it is then refused by name). */
async function hasEntry(dir: string, entry: string): Promise<boolean> {
  const kind = await kindOf(path.join(dir, ...entry.split('/')));
  return kind === 'file' || kind === 'symlink';
}

function overStarter(lesson: Lesson, own: FileMap): { files: FileMap; fromStarter: string[] } {
  const fromStarter = Object.keys(lesson.starter).filter((name) => !(name in own)).sort();
  return { files: { ...lesson.starter, ...own }, fromStarter };
}

async function folderSubmission(lesson: Lesson, dir: string): Promise<Submission> {
  const name = printable(path.basename(dir));
  const entry = lesson.data.entry;
  if ((await kindOf(dir)) === 'symlink') {
    return { name, source: dir, files: {}, fromStarter: [], problem: `${name} is a symbolic link, not a folder; submissions are read as plain files only` };
  }
  if (!(await hasEntry(dir, entry))) {
    return { name, source: dir, files: {}, fromStarter: [], problem: `${entry} is missing from this folder` };
  }
  try {
    const own = await readSubmissionFolder(dir, acceptFor(lesson));
    return { name, source: dir, ...overStarter(lesson, own) };
  } catch (error) {
    if (!(error instanceof RefusedFile)) throw error;
    return { name, source: dir, files: {}, fromStarter: [], problem: error.message };
  }
}

/**
 * Resolves `<path>` into submissions. Bad input (missing path, a folder with neither the entry
 * file nor submission subfolders) throws LessonError, which the CLI reports with exit code 2.
 */
export async function findSubmissions(lesson: Lesson, input: string): Promise<Submissions> {
  const absolute = path.resolve(input);
  const kind = await kindOf(absolute);
  const entry = lesson.data.entry;
  if (kind === null) throw new LessonError(`No such file or folder: ${printable(input)}`);
  if (kind === 'symlink') {
    throw new LessonError(`${printable(input)} is a symbolic link: give the submission itself (links are never followed, so a submission cannot point the grader at other files).`);
  }
  if (kind === 'other') throw new LessonError(`${printable(input)} is neither a file nor a folder.`);

  if (kind === 'file') {
    // One file: it is the entry file, the lesson's other files come from the starter.
    const name = printable(path.basename(absolute).replace(/\.[^.]+$/, '') || path.basename(absolute));
    try {
      const text = await readPlainFile(absolute, name);
      return { mode: 'file', submissions: [{ name, source: absolute, ...overStarter(lesson, { [entry]: text }) }] };
    } catch (error) {
      if (error instanceof RefusedFile) throw new LessonError(`${error.message}.`);
      throw error;
    }
  }

  if (await hasEntry(absolute, entry)) {
    return { mode: 'folder', submissions: [await folderSubmission(lesson, absolute)] };
  }

  // No entry file here: a folder of submissions if some subfolder has one.
  // Links to folders are kept, so they are reported by name rather than vanish from the table.
  const entries = (await readdir(absolute, { withFileTypes: true })).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules');
  const pointsToFolder = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);
  const isFolder = await Promise.all(entries.map((e) => e.isDirectory() || (e.isSymbolicLink() && pointsToFolder(path.join(absolute, e.name)))));
  const subfolders = entries
    .filter((_e, i) => isFolder[i])
    .map((e) => path.join(absolute, e.name))
    .sort((a, b) => a.localeCompare(b));
  const withEntry = await Promise.all(subfolders.map((dir) => hasEntry(dir, entry)));
  if (!withEntry.some(Boolean)) {
    throw new LessonError(
      `${printable(input)} has no ${entry} (the lesson's entry file), and none of its subfolders has one either. ` +
        `Give a folder holding ${entry}, a single .ts file, or a folder with one subfolder per submission.`,
    );
  }
  // Every subfolder is a submission; one without the entry file is reported as an error, not skipped,
  // so a teacher sees who handed in nothing usable.
  const submissions = await Promise.all(subfolders.map((dir) => folderSubmission(lesson, dir)));
  return { mode: 'many', submissions };
}

/** A file name for `--out`: the submission's name with unsafe characters replaced, made unique. */
export function reportFileNames(names: readonly string[], ext: string): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_') || 'submission';
    let candidate = `${base}.${ext}`;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base}-${i}.${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
