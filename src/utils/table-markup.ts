import type { Element, ElementContent, Root, RootContent } from 'hast';
import { messagesFor, type Locale } from '../i18n/index.ts';

/**
 * Lesson tables, fixed once for every lesson (a hast plugin for Astro's Markdown processor, Sätteri):
 * - each table sits in its own horizontally scrolling box, so a wide table never makes a phone
 *   page scroll sideways (the box is focusable and labelled, so keyboard users can scroll it);
 * - header cells get `scope="col"`; when the header row starts with an empty corner cell, the first
 *   cell of every body row labels its row and becomes `<th scope="row">`.
 */
function tablesPluginFor(locale: Locale) {
  return {
    name: 'course-tables',
    element: {
      filter: ['table'],
      visit(node: Readonly<Element>, ctx: { replaceNode(node: Readonly<Element>, replacement: Element): void }) {
        ctx.replaceNode(node, scrollingTable(plainCopy(node), locale));
      },
    },
  };
}

/** The language a content file is written in: `index.zh-CN.mdx` is Chinese, the rest English. */
export function localeOfContentFile(path: string | undefined): Locale {
  return path && /\.zh-CN\.mdx?$/.test(path) ? 'zh-CN' : 'en';
}

/** The plugin as Sätteri takes it: a factory per document, so the box's label is in the lesson's language. */
export const tablesPlugin = (ctx: { fileURL: URL | undefined }) => tablesPluginFor(localeOfContentFile(ctx.fileURL?.pathname));

/** Rewrites every table of a tree in place (what the plugin does, for trees built in memory). */
export function transformTables(tree: Root | Element, locale: Locale = 'en'): void {
  wrapTables(tree, locale);
}

/** The processor hands out lazily read nodes: copy the plain hast fields the rewrite needs. */
function plainCopy(node: Readonly<Element>): Element;
function plainCopy(node: Readonly<ElementContent>): ElementContent;
function plainCopy(node: Readonly<ElementContent>): ElementContent {
  if (node.type === 'element') return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map((c) => plainCopy(c)) };
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type === 'comment') return { type: 'comment', value: node.value };
  return { ...node };
}

function scrollingTable(table: Element, locale: Locale): Element {
  markHeaders(table);
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: messagesFor(locale).lesson.tableLabel },
    children: [table],
  };
}

const isElement = (node: RootContent | ElementContent | Root, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function rowsOf(section: Element | undefined): Element[] {
  return section ? section.children.filter((c): c is Element => isElement(c, 'tr')) : [];
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c, 'td') || isElement(c, 'th'));
}

function markHeaders(table: Element): void {
  const sections = table.children.filter((c): c is Element => isElement(c));
  const head = sections.find((s) => s.tagName === 'thead');
  const bodies = sections.filter((s) => s.tagName === 'tbody');
  const headRow = rowsOf(head)[0];
  for (const cell of headRow ? cellsOf(headRow) : []) {
    if (cell.tagName === 'th') cell.properties = { ...cell.properties, scope: 'col' };
  }
  const corner = headRow ? cellsOf(headRow)[0] : undefined;
  const rowHeaders = corner !== undefined && textOf(corner).trim() === '';
  if (corner && rowHeaders) {
    // The corner labels nothing: leave it a plain cell rather than an empty header.
    corner.tagName = 'td';
    delete corner.properties.scope;
  }
  if (!rowHeaders) return;
  for (const row of bodies.flatMap((b) => rowsOf(b))) {
    const first = cellsOf(row)[0];
    if (!first) continue;
    first.tagName = 'th';
    first.properties = { ...first.properties, scope: 'row' };
  }
}

function wrapTables(parent: Root | Element, locale: Locale): void {
  parent.children.forEach((child, i) => {
    if (!isElement(child)) return;
    if (child.tagName === 'table') {
      parent.children[i] = scrollingTable(child, locale);
      return;
    }
    wrapTables(child, locale);
  });
}
