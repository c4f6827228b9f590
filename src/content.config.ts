import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lessons/schema.ts';

// One folder per lesson under content/: its id is the folder name (`_…`/`.…` folders are not lessons).
const lessons = defineCollection({
  loader: glob({
    pattern: ['*/index.mdx', '!_*/**', '!.*/**'],
    base: './content',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
