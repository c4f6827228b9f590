/**
 * Lessons for the command-line tools (grade, verify, the timing experiment), read straight from
 * `content/` with Node: no Vite, no Astro. The frontmatter is validated with the same zod schema
 * the site's build uses, so the CLI and the site never disagree about a lesson's entry file or
 * time limit.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LessonChecks } from '../grader/index.ts';
import type { FileMap } from '../runtime/events.ts';
import { lessonSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { extractFrontmatter, FrontmatterError, parseFlatYaml } from './frontmatter.ts';

/** The project's `content/` folder. */
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

/** A bad lesson id or a broken lesson: the CLI prints the message and exits with code 2. */
export class LessonError extends Error {}

export interface Lesson {
  id: string;
  dir: string;
  frontmatter: LessonFrontmatter;
  starter: FileMap;
  solution: FileMap;
  /** The reference solution merged over the starter: what `verify` runs. */
  solutionFiles: FileMap;
  /** Typical wrong answers (`_wrong/<name>/`), each merged over the starter. */
  wrong: Record<string, FileMap>;
  checks: LessonChecks;
  /** The text of checks.ts. (The pool size comes from the frontmatter's `load`, see pool.ts.) */
  checksSource: string;
  /** Wall-clock limit of one run, from the frontmatter. */
  timeLimitMs: number;
}

/** Lesson ids: the folders of `content/` that hold an `index.mdx`, sorted. */
export async function lessonIds(contentDir = CONTENT_DIR): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(contentDir, { withFileTypes: true });
  } catch {
    throw new LessonError(`The lessons folder ${contentDir} could not be read.`);
  }
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_') && existsSync(path.join(contentDir, e.name, 'index.mdx')))
    .map((e) => e.name)
    .sort();
}

/** Reads a folder recursively into a FileMap (paths with "/"), skipping dot-entries and node_modules. */
export async function readFileMap(dir: string, accept: (relative: string) => boolean = () => true): Promise<FileMap> {
  const files: FileMap = {};
  async function walk(folder: string, prefix: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile() && accept(relative)) files[relative] = await readFile(full, 'utf8');
    }
  }
  await walk(dir, '');
  return files;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Parses and validates `index.mdx`'s frontmatter; a mistake names the file and the field. */
export function parseLessonFrontmatter(source: string, where: string): LessonFrontmatter {
  const block = extractFrontmatter(source);
  if (!block) throw new LessonError(`${where}: no frontmatter (a block between two "---" lines at the top).`);
  let raw;
  try {
    raw = parseFlatYaml(block.yaml, block.firstLine);
  } catch (error) {
    if (error instanceof FrontmatterError) throw new LessonError(`${where}: frontmatter ${error.message}.`);
    throw error;
  }
  const parsed = lessonSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'frontmatter';
      return `${field}: ${issue.message}`;
    });
    throw new LessonError(`${where}: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

/** Loads one lesson: frontmatter, starter, solution, wrong answers and checks. */
export async function loadLesson(id: string, contentDir = CONTENT_DIR): Promise<Lesson> {
  const known = await lessonIds(contentDir);
  if (!known.includes(id)) {
    const list = known.length > 0 ? known.join(', ') : '(none)';
    throw new LessonError(`Unknown lesson "${id}". Known lessons: ${list}.`);
  }
  const dir = path.join(contentDir, id);
  const where = `content/${id}`;
  const frontmatter = parseLessonFrontmatter(await readFile(path.join(dir, 'index.mdx'), 'utf8'), `${where}/index.mdx`);

  if (!(await isDirectory(path.join(dir, '_files')))) throw new LessonError(`${where}/_files/ is missing: a lesson needs its starter files there.`);
  if (!(await isDirectory(path.join(dir, '_solution')))) throw new LessonError(`${where}/_solution/ is missing: a lesson needs its reference solution there.`);
  const starter = await readFileMap(path.join(dir, '_files'));
  const solution = await readFileMap(path.join(dir, '_solution'));
  const { entry } = frontmatter;
  if (!(entry in starter)) throw new LessonError(`${where}/index.mdx: field "entry" is "${entry}", but ${where}/_files/${entry} does not exist.`);
  if (!(entry in solution)) throw new LessonError(`${where}/index.mdx: field "entry" is "${entry}", but ${where}/_solution/${entry} does not exist.`);

  const wrong: Record<string, FileMap> = {};
  const wrongDir = path.join(dir, '_wrong');
  if (await isDirectory(wrongDir)) {
    const names = (await readdir(wrongDir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
    for (const name of names) wrong[name] = { ...starter, ...(await readFileMap(path.join(wrongDir, name))) };
  }

  const checksPath = path.join(dir, 'checks.ts');
  if (!existsSync(checksPath)) throw new LessonError(`${where}/checks.ts is missing: every lesson declares its checks there.`);
  const checksSource = await readFile(checksPath, 'utf8');
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(checksPath).href)) as { default?: unknown };
  } catch (error) {
    throw new LessonError(`${where}/checks.ts could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checks = mod.default as LessonChecks | undefined;
  if (!checks || typeof checks !== 'object' || !Array.isArray(checks.checks) || checks.checks.length === 0) {
    throw new LessonError(`${where}/checks.ts: its default export must be defineChecks({ checks: [...] }) with at least one check.`);
  }

  return {
    id,
    dir,
    frontmatter,
    starter,
    solution,
    solutionFiles: { ...starter, ...solution },
    wrong,
    checks,
    checksSource,
    timeLimitMs: Math.round(frontmatter.timeLimitSeconds * 1000),
  };
}
