/**
 * The design's boundaries, as rules over the real import graph (read with TypeScript's own
 * scanner, `ts.preProcessFile`, type-only and dynamic imports included; the browser scripts of
 * `.astro` components as Astro's own compiler hoists them). Each rule names the file
 * and the import that breaks it; the last test shows each rule catching a breach.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { transform } from '@astrojs/compiler-rs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Project files (posix paths from the root) → what each imports: a project file, or the bare specifier. */
type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') && !name.split(path.sep).some((part) => part.startsWith('_') || part === '__fixtures__'))
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

const ALIASES: Record<string, string> = { '#checks': 'src/grader/index.ts' };

function resolve(from: string, spec: string): string {
  if (ALIASES[spec]) return ALIASES[spec];
  if (!spec.startsWith('.')) return spec.split('?')[0] as string;
  const base = path.resolve(path.dirname(path.join(ROOT, from)), spec.split('?')[0] as string);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return rel(candidate);
  return rel(base);
}

/** `X.astro` → `X.astro#script`: what its `<script>`s (browser code) import. The frontmatter runs at build time. */
function addAstroScripts(graph: Graph): void {
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro'));
  for (const name of files) {
    const file = path.join(ROOT, 'src', name);
    const from = rel(file);
    const code = transform(readFileSync(file, 'utf8'), { filename: from }).scripts.map((script) => ('code' in script ? script.code : '')).join('\n');
    if (code) graph.set(`${from}#script`, ts.preProcessFile(code, true, true).importedFiles.map((f) => resolve(from, f.fileName)));
  }
}

function buildGraph(): Graph {
  const graph: Graph = new Map();
  addAstroScripts(graph);
  const files = [...sourceFiles(path.join(ROOT, 'src')), ...readdirSync(path.join(ROOT, 'content')).map((d) => path.join(ROOT, 'content', d, 'checks.ts')).filter(existsSync)];
  for (const file of files) {
    const from = rel(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    graph.set(from, importedFiles.map((f) => resolve(from, f.fileName)));
  }
  return graph;
}

const isTest = (file: string) => /\.test\.ts$/.test(file);
const under = (...folders: string[]) => (target: string) => folders.some((f) => target.startsWith(`${f}/`));
const nodeBuiltin = (target: string) => !target.includes('/') || target.startsWith('node:') ? isBuiltin(target) : isBuiltin(target.split('/')[0] as string) && !target.startsWith('src/');

/** Code that runs in the page and touches the DOM, or the packages that do. */
const domCode = (t: string) => under('src/client', 'src/editor', 'src/components', 'src/pages', 'src/runtime')(t) || t.startsWith('monaco-editor') || t.startsWith('@webcontainer/');
const adapters = under('src/runtime/local', 'src/runtime/webcontainer');
/** Build plugins the Astro config loads (in Node, at build time) live beside the code they build for. */
const buildTime = new Set(ts.preProcessFile(readFileSync(path.join(ROOT, 'astro.config.mjs'), 'utf8')).importedFiles.map((f) => path.posix.normalize(f.fileName)));
const browserCode = (file: string) => (under('src/client', 'src/editor', 'src/runtime')(file) && !buildTime.has(file)) || file.endsWith('.astro#script');

interface Rule {
  name: string;
  /** Which files the rule is about. */
  applies: (file: string) => boolean;
  /** Follow local imports, so a breach one file away is caught too. */
  transitive: boolean;
  /** Why `target` may not be imported by `file`, or null. */
  forbids: (target: string, file: string) => string | null;
}

const rules: Rule[] = [
  {
    name: 'the grader and the run contract import no DOM code, runtime adapter, child_process, client code or preload',
    applies: under('src/grader', 'src/run-contract'),
    transitive: true,
    forbids: (t) =>
      domCode(t) ? 'DOM or page code' : t === 'node:child_process' || t === 'child_process' ? 'child processes' : under('src/preload')(t) ? 'the learner preload' : null,
  },
  {
    name: 'the run contract imports no Node built-in and nothing outside itself',
    applies: under('src/run-contract'),
    transitive: false,
    forbids: (t) => (nodeBuiltin(t) ? 'a Node built-in' : !under('src/run-contract')(t) ? 'code outside the contract' : null),
  },
  {
    name: 'runtime adapters never import each other, the runner or the server',
    applies: adapters,
    transitive: false,
    forbids: (t, file) =>
      adapters(t) && t.split('/')[2] !== file.split('/')[2] ? 'the other adapter' : under('src/runner', 'src/server')(t) ? 'the Node runner or server' : null,
  },
  {
    name: 'content/*/checks.ts imports only the check API (#checks)',
    applies: (file) => /^content\/[^/]+\/checks\.ts$/.test(file),
    transitive: false,
    forbids: (t) => (t === ALIASES['#checks'] ? null : 'anything but #checks'),
  },
  {
    name: 'browser code imports no Node built-in',
    applies: browserCode,
    transitive: true,
    forbids: (t) => (nodeBuiltin(t) ? 'a Node built-in' : null),
  },
];

/** Every breach of `rule` in `graph`, as "file imports target (why), via a → b". */
function breaches(graph: Graph, rule: Rule): string[] {
  const found: string[] = [];
  for (const [file, imports] of graph) {
    if (isTest(file) || !rule.applies(file)) continue;
    const seen = new Set<string>([file]);
    const queue: { at: string; via: string[] }[] = [{ at: file, via: [] }];
    while (queue.length > 0) {
      const { at, via } = queue.shift() as { at: string; via: string[] };
      for (const target of graph.get(at) ?? (at === file ? imports : [])) {
        const why = rule.forbids(target, file);
        if (why) found.push(`${file} imports ${target} (${why})${via.length ? `, via ${[...via, at].join(' → ')}` : at !== file ? `, via ${at}` : ''}`);
        else if (rule.transitive && graph.has(target) && !seen.has(target)) {
          seen.add(target);
          queue.push({ at: target, via: at === file ? [] : [...via, at] });
        }
      }
    }
  }
  return found;
}

describe('architecture', () => {
  const graph = buildGraph();

  it('reads the whole project', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/run-contract/run-files.ts')).toContain('src/run-contract/utf8.ts');
    expect(graph.get('src/components/Workspace.astro#script')).toContain('src/client/workspace.ts');
  });

  it.each(rules)('$name', (rule) => {
    expect(breaches(graph, rule)).toEqual([]);
  });

  it('each rule catches a breach', () => {
    const broken: Graph = new Map([
      ['src/grader/a.ts', ['src/grader/b.ts']],
      ['src/grader/b.ts', ['src/client/workspace.ts']],
      ['src/run-contract/x.ts', ['node:fs']],
      ['src/runtime/local/l.ts', ['src/runtime/webcontainer/w.ts']],
      ['content/lesson/checks.ts', ['src/grader/checks/tasks.ts']],
      ['src/client/c.ts', ['src/i18n/n.ts']],
      ['src/i18n/n.ts', ['node:path']],
      ['src/components/C.astro#script', ['node:os']],
    ]);
    expect(rules.map((rule) => breaches(broken, rule))).toEqual([
      ['src/grader/a.ts imports src/client/workspace.ts (DOM or page code), via src/grader/b.ts', 'src/grader/b.ts imports src/client/workspace.ts (DOM or page code)'],
      ['src/run-contract/x.ts imports node:fs (a Node built-in)'],
      ['src/runtime/local/l.ts imports src/runtime/webcontainer/w.ts (the other adapter)'],
      ['content/lesson/checks.ts imports src/grader/checks/tasks.ts (anything but #checks)'],
      ['src/client/c.ts imports node:path (a Node built-in), via src/i18n/n.ts', 'src/components/C.astro#script imports node:os (a Node built-in)'],
    ]);
  });
});
