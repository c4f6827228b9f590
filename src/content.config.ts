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

// A lesson's Chinese text beside it (content/<id>/index.zh-CN.mdx): only the words are translated;
// code, checks, files and every other field come from the English lesson (src/lessons/localized.ts).
const lessonTranslations = defineCollection({
  loader: glob({
    pattern: '*/index.zh-CN.mdx',
    base: './content',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: lessonSchema.pick({ title: true, summary: true, hints: true }),
});

export const collections = { lessons, lessonTranslations };
