// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { courseRunner } from './src/server/dev-integration.ts';
import { inlineMonacoCss } from './src/editor/inline-monaco-css.ts';
import { slimMonacoWorkers } from './src/editor/slim-monaco-workers.ts';
import { codeThemes } from './src/utils/theme.ts';

export default defineConfig({
  // Loopback only: the dev server also runs learner code (see src/server/).
  server: { host: '127.0.0.1', port: 4321 },
  // 'always' would make astro dev answer 404 for the runner's /api/run (no trailing slash).
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'always' },
  integrations: [mdx(), courseRunner()],
  markdown: {
    shikiConfig: { themes: codeThemes },
  },
  vite: {
    plugins: [inlineMonacoCss(), slimMonacoWorkers()],
    worker: { format: 'es' },
  },
});
