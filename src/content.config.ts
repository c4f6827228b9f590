import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson.ts';

// One folder per lesson under content/: its id is the folder name.
const lessons = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
