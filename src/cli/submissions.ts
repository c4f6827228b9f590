/**
 * What `npm run grade -- <lesson> <path>` grades: a folder with the lesson's files, a single entry
 * file, or a folder of many submissions (one subfolder each).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileMap } from '../runtime/events.ts';
import { readFileMap } from '../lessons/from-disk.ts';
import { LessonError, type LoadedLesson as Lesson } from '../lessons/index.ts';

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

async function kindOf(p: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

async function hasEntry(dir: string, entry: string): Promise<boolean> {
  return (await kindOf(path.join(dir, ...entry.split('/')))) === 'file';
}

function overStarter(lesson: Lesson, own: FileMap): { files: FileMap; fromStarter: string[] } {
  const fromStarter = Object.keys(lesson.starter).filter((name) => !(name in own)).sort();
  return { files: { ...lesson.starter, ...own }, fromStarter };
}

async function folderSubmission(lesson: Lesson, dir: string): Promise<Submission> {
  const name = path.basename(dir);
  const entry = lesson.data.entry;
  if (!(await hasEntry(dir, entry))) {
    return { name, source: dir, files: {}, fromStarter: [], problem: `${entry} is missing from this folder` };
  }
  const own = await readFileMap(dir, acceptFor(lesson));
  return { name, source: dir, ...overStarter(lesson, own) };
}

/**
 * Resolves `<path>` into submissions. Bad input (missing path, a folder with neither the entry
 * file nor submission subfolders) throws LessonError, which the CLI reports with exit code 2.
 */
export async function findSubmissions(lesson: Lesson, input: string): Promise<Submissions> {
  const absolute = path.resolve(input);
  const kind = await kindOf(absolute);
  const entry = lesson.data.entry;
  if (kind === null) throw new LessonError(`No such file or folder: ${input}`);

  if (kind === 'file') {
    // One file: it is the entry file, the lesson's other files come from the starter.
    const text = await readFile(absolute, 'utf8');
    const name = path.basename(absolute).replace(/\.[^.]+$/, '') || path.basename(absolute);
    return { mode: 'file', submissions: [{ name, source: absolute, ...overStarter(lesson, { [entry]: text }) }] };
  }

  if (await hasEntry(absolute, entry)) {
    return { mode: 'folder', submissions: [await folderSubmission(lesson, absolute)] };
  }

  // No entry file here: a folder of submissions if some subfolder has one.
  const subfolders = (await readdir(absolute, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => path.join(absolute, e.name))
    .sort((a, b) => a.localeCompare(b));
  const withEntry = await Promise.all(subfolders.map((dir) => hasEntry(dir, entry)));
  if (!withEntry.some(Boolean)) {
    throw new LessonError(
      `${input} has no ${entry} (the lesson's entry file), and none of its subfolders has one either. ` +
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
