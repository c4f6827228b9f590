import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { localeOfContentFile, transformTables } from './table-markup.ts';

const el = (tagName: string, children: Element['children'] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });
const row = (tag: 'th' | 'td', cells: string[]) => el('tr', cells.map((c) => el(tag, c ? [text(c)] : [])));

function transform(tree: Root): string {
  transformTables(tree);
  return toHtml(tree);
}

describe('lesson tables', () => {
  it('wraps a table in a focusable, labelled scroll box', () => {
    const html = transform({ type: 'root', children: [el('p', [text('before')]), el('table', [el('thead', [row('th', ['A', 'B'])]), el('tbody', [row('td', ['1', '2'])])])] });
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)"><table>');
    expect(html).toContain('<th scope="col">A</th>');
    // Without an empty corner the first column is data, not row labels.
    expect(html).toContain('<td>1</td>');
  });

  it('labels the box in the lesson file’s language', () => {
    const tree: Root = { type: 'root', children: [el('table', [el('tbody', [row('td', ['1'])])])] };
    transformTables(tree, localeOfContentFile('/repo/content/worker-pool/index.zh-CN.mdx'));
    expect(toHtml(tree)).toContain('aria-label="表格（屏幕较窄时可横向滚动）"');
    expect(localeOfContentFile('/repo/content/worker-pool/index.mdx')).toBe('en');
    expect(localeOfContentFile(undefined)).toBe('en');
  });

  it('turns the first column into row headers under an empty corner cell', () => {
    const html = transform({
      type: 'root',
      children: [el('table', [el('thead', [row('th', ['', 'Processes', 'Threads'])]), el('tbody', [el('tr', [el('td', [el('strong', [text('Cost of one')])]), el('td', [text('high')]), el('td', [text('low')])])])])],
    });
    expect(html).toContain('<td></td><th scope="col">Processes</th>');
    expect(html).toContain('<th scope="row"><strong>Cost of one</strong></th><td>high</td>');
  });

  it('finds tables nested inside other elements', () => {
    const html = transform({ type: 'root', children: [el('section', [el('table', [el('tbody', [row('td', ['x'])])])])] });
    expect(html).toContain('<section><div class="table-scroll"');
  });
});
