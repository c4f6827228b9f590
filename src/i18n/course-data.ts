/**
 * The bilingual course data kept as YAML beside the lessons: the glossary (content/glossary.yaml)
 * and the map from the source article's sections to lessons (content/article-map.yaml). Read with
 * Node's fs so the Markdown step (astro.config) and the pages use the same files; checked with zod
 * so a mistyped entry fails the build naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** The article this course follows (its syllabus). */
export const sourceArticle = { title: '深入浅出Python多线程、多进程、协程', date: '2025-05' } as const;

const glossaryEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a lowercase id like "event-loop"'),
  zh: z.string().min(1),
  en: z.string().min(1),
  node: z.string().default(''),
  python: z.string().default(''),
  zhText: z.string().default(''),
  enText: z.string().default(''),
});
export type GlossaryEntry = z.infer<typeof glossaryEntry>;

const articleSection = z.object({ section: z.string().min(1), lessons: z.array(z.string()).default([]) });
export type ArticleSection = z.infer<typeof articleSection>;

function readList<T>(file: string, schema: z.ZodType<T>, root: string): T[] {
  const path = join(root, 'content', file);
  if (!existsSync(path)) return [];
  const data: unknown = parse(readFileSync(path, 'utf8')) ?? [];
  const result = z.array(schema).safeParse(data);
  if (!result.success) throw new Error(`content/${file} is not valid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

export function readGlossary(root: string = process.cwd()): GlossaryEntry[] {
  return readList('glossary.yaml', glossaryEntry, root);
}

export function readArticleMap(root: string = process.cwd()): ArticleSection[] {
  return readList('article-map.yaml', articleSection, root);
}
