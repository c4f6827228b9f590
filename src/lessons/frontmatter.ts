import { parse as parseYaml } from 'yaml';
import { describeIssues, LessonError } from './messages.ts';
import { lessonSchema, type LessonFrontmatter } from './schema.ts';

/** The YAML between the opening `---` line and the next `---` line, or null when there is none. */
function frontmatterBlock(source: string): string | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return close === -1 ? null : lines.slice(1, close).join('\n');
}

/** Parses and validates `index.mdx`'s frontmatter; a mistake names the file and the field. */
export function parseLessonFrontmatter(source: string, where: string): LessonFrontmatter {
  const block = frontmatterBlock(source);
  if (block === null) throw new LessonError(`${where}: no frontmatter (a block between two "---" lines at the top).`);
  let raw: unknown;
  try {
    raw = parseYaml(block);
  } catch (error) {
    throw new LessonError(`${where}: the frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = lessonSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new LessonError(describeIssues(where, parsed.error.issues));
  return parsed.data;
}

/** A translation's (index.<locale>.mdx) title, or undefined when it has none; the site validates the rest. */
export function translatedTitle(source: string): string | undefined {
  const block = frontmatterBlock(source);
  if (block === null) return undefined;
  try {
    const title = (parseYaml(block) as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}
