import { z } from 'astro/zod';
import { lessonSchema } from '../lessons/schema.ts';

/**
 * The lesson frontmatter schema as JSON Schema, made from the same zod schema the build validates
 * with, so an author's editor (e.g. VS Code with the YAML extension) validates and completes it.
 */
export function lessonJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Lesson frontmatter',
    description: 'The YAML frontmatter of content/<lesson-id>/index.mdx.',
    ...z.toJSONSchema(lessonSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
