import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0monaco-css:';

/**
 * Build-only Vite plugin. Monaco's modules import their CSS, and Astro hoists that CSS into every
 * lesson page's <head> as a render-blocking stylesheet even though Monaco itself loads lazily
 * (withastro/astro#9495). Turning each of those CSS files into a module that injects a <style> tag
 * when Monaco's chunk runs keeps the first paint free of the editor's CSS.
 */
export function inlineMonacoCss(): Plugin {
  return {
    name: 'course:inline-monaco-css',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.css') || !importer.includes('/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The .js suffix keeps Vite's CSS pipeline away from the module we generate.
      return resolved ? `${PREFIX}${resolved.id}.js` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      const css = await readFile(file, 'utf8');
      // Fonts referenced by url() (the codicon font) become emitted assets, imported by URL.
      const imports: string[] = [];
      const parts: string[] = [];
      let last = 0;
      for (const match of css.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) {
        const target = match[2] ?? '';
        if (/^(data:|https?:|#)/.test(target)) continue;
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${resolve(dirname(file), target.split(/[?#]/)[0] ?? target)}?url`)};`);
        parts.push(JSON.stringify(css.slice(last, match.index)), `"url(" + JSON.stringify(${name}) + ")"`);
        last = match.index + match[0].length;
      }
      parts.push(JSON.stringify(css.slice(last)));
      return `${imports.join('\n')}
const style = document.createElement('style');
style.dataset.monacoCss = ${JSON.stringify(file.slice(file.lastIndexOf('/monaco-editor/') + 15))};
style.textContent = ${parts.join(' + ')};
document.head.append(style);
`;
    },
  };
}
