// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { courseRunner } from './src/server/dev-integration.ts';
import { inlineMonacoCss } from './src/editor/inline-monaco-css.ts';
import { tablesPlugin } from './src/utils/table-markup.ts';
import { slimMonacoWorkers } from './src/editor/slim-monaco-workers.ts';
import { codeThemes } from './src/utils/theme.ts';

// Where the course is published: canonical URLs, Open Graph images and the sitemap are absolute.
// `npm start` serves it on loopback; set COURSE_SITE_URL when hosting the built site elsewhere.
const site = process.env.COURSE_SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // Loopback only: the dev server also runs learner code (see src/server/).
  server: { host: '127.0.0.1', port: 4321 },
  // 'always' would make astro dev answer 404 for the runner's /api/run (no trailing slash).
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'always' },
  // English at today's addresses, Simplified Chinese under /zh-cn/ (src/i18n/). Never a redirect:
  // a first visit is offered the reader's language in a note (src/client/language-choice.ts).
  i18n: {
    locales: ['en', { path: 'zh-cn', codes: ['zh-CN'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } } }), courseRunner()],
  markdown: {
    shikiConfig: { themes: codeThemes },
    // Lesson tables scroll in their own box and get row headers (MDX inherits this processor).
    processor: satteri({ hastPlugins: [tablesPlugin] }),
  },
  vite: {
    plugins: [inlineMonacoCss(), slimMonacoWorkers()],
    worker: { format: 'es' },
    // A checkout whose node_modules is a link to another one (the forker test's copy) builds too:
    // without this, Astro compiles its own components under the wrong path and the build fails.
    resolve: { preserveSymlinks: true },
    build: {
      // Monaco's editor chunk is ~4 MB minified (~1.1 MB gzip) and loads only when the learner reaches
      // for the editor, never on first paint (`npm run bench` measures both). The limit sits just above
      // it, so the warning still fires if the editor grows or anything else gets this big.
      chunkSizeWarningLimit: 4500,
      rolldownOptions: {
        // Rolldown's "plugin timings" note is build profiling for whoever writes the plugins; on a busy
        // machine it fires on every `npm start` and tells a learner nothing they can act on.
        checks: { bundlerTimings: false },
        // Astro's own MDX head propagation marks every lesson module with a "use astro:head-inject"
        // directive that the bundler then warns about, once per lesson, on every `npm start`. It is
        // harmless and Astro's to fix (withastro/astro#18087); every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
