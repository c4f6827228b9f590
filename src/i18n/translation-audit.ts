/**
 * Compares each lesson's Chinese translation with its English original: what authors must keep in
 * step (hints, MDX imports, the code of translated starter files) and what is simply not translated
 * yet. Used by translations.test.ts (part of `npm test`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';

const TRANSLATION_FILE = 'index.zh-CN.mdx';
const TRANSLATED_FILES_DIR = '_files.zh-CN';
const ALLOWED_KEYS = ['title', 'summary', 'hints'];

export interface LessonAudit {
  id: string;
  translated: boolean;
  /** Starter files without a translated copy (their comments stay English on Chinese pages). */
  untranslatedFiles: string[];
  /** What makes the translation wrong: each one fails the test. */
  problems: string[];
}

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const data: unknown = parse(match[1] ?? '');
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: text.slice(match[0].length) };
}

/** The MDX body's import/export lines, outside code fences, in order. */
export function mdxImports(body: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence === null && /^(import|export)\s/.test(line)) lines.push(line.trim().replace(/\s+/g, ' ').replace(/;$/, ''));
  }
  return lines;
}

/** The code's tokens without comments or whitespace: two files with the same code and other comments match. */
export function codeWithoutComments(text: string, fileName: string): string {
  const variant = /\.(tsx|jsx)$/.test(fileName) ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, variant, text);
  const tokens: string[] = [];
  // Template literals need the scanner re-scanned after each `}`: track the nesting of `${`.
  const templateDepth: number[] = [];
  let braces = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.TemplateHead) templateDepth.push(braces);
    else if (kind === ts.SyntaxKind.OpenBraceToken) braces++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templateDepth.length && templateDepth[templateDepth.length - 1] === braces) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templateDepth.pop();
      } else braces--;
    } else if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      // A regular expression literal where an expression may start (good enough for starter files).
      const previous = tokens[tokens.length - 1] ?? '';
      if (previous === '' || /^[(,=:[!&|?{};]$|^(return|typeof|case)$/.test(previous)) kind = scanner.reScanSlashToken();
    }
    tokens.push(scanner.getTokenText());
  }
  return tokens.join(' ');
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out.sort();
}

export function lessonIds(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((name) => existsSync(join(contentDir, name, 'index.mdx')))
    .sort();
}

export function auditLesson(contentDir: string, id: string): LessonAudit {
  const dir = join(contentDir, id);
  const where = `content/${id}`;
  const problems: string[] = [];
  const starter = filesUnder(join(dir, '_files'));
  const translatedFiles = filesUnder(join(dir, TRANSLATED_FILES_DIR));
  for (const file of translatedFiles) {
    const english = join(dir, '_files', file);
    if (!existsSync(english)) {
      problems.push(`${where}/${TRANSLATED_FILES_DIR}/${file} has no English original in ${where}/_files/.`);
      continue;
    }
    const zh = readFileSync(join(dir, TRANSLATED_FILES_DIR, file), 'utf8');
    const en = readFileSync(english, 'utf8');
    if (/\.(m?[jt]sx?)$/.test(file) ? codeWithoutComments(zh, file) !== codeWithoutComments(en, file) : zh !== en) {
      problems.push(`${where}/${TRANSLATED_FILES_DIR}/${file}: its code differs from ${where}/_files/${file} (only comments may be translated).`);
    }
  }
  const untranslatedFiles = starter.filter((file) => !translatedFiles.includes(file));
  const translationPath = join(dir, TRANSLATION_FILE);
  if (!existsSync(translationPath)) return { id, translated: false, untranslatedFiles, problems };

  const en = frontmatter(readFileSync(join(dir, 'index.mdx'), 'utf8'));
  const zh = frontmatter(readFileSync(translationPath, 'utf8'));
  const extra = Object.keys(zh.data).filter((key) => !ALLOWED_KEYS.includes(key));
  if (extra.length) problems.push(`${where}/${TRANSLATION_FILE}: only ${ALLOWED_KEYS.join(', ')} belong in a translation's frontmatter (found ${extra.join(', ')}); the rest comes from index.mdx.`);
  for (const key of ['title', 'summary']) {
    if (typeof zh.data[key] !== 'string' || !(zh.data[key] as string).trim()) problems.push(`${where}/${TRANSLATION_FILE}: "${key}" is missing.`);
  }
  const hintCount = (data: Record<string, unknown>) => (Array.isArray(data.hints) ? data.hints.length : 0);
  if (hintCount(zh.data) !== hintCount(en.data)) {
    problems.push(`${where}/${TRANSLATION_FILE}: ${hintCount(zh.data)} hints, but index.mdx has ${hintCount(en.data)} (same hints, same order).`);
  }
  const enImports = mdxImports(en.body);
  const zhImports = mdxImports(zh.body);
  if (enImports.join('\n') !== zhImports.join('\n')) {
    const missing = enImports.filter((l) => !zhImports.includes(l));
    const added = zhImports.filter((l) => !enImports.includes(l));
    problems.push(
      `${where}/${TRANSLATION_FILE}: its MDX imports differ from index.mdx` +
        (missing.length ? `; missing: ${missing.join(' | ')}` : '') +
        (added.length ? `; not in the English: ${added.join(' | ')}` : '') +
        (!missing.length && !added.length ? ' (order)' : '') +
        '.',
    );
  }
  return { id, translated: true, untranslatedFiles, problems };
}
