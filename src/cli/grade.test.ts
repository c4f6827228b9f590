/**
 * The grading CLI, end to end: the real `src/cli/grade.ts` in a child process, on real submissions
 * written to temporary folders, running real programs (each coroutines run takes 3–5 s, so the
 * tests run concurrently). Assertions are about verdicts, exit codes and report shapes; no test
 * asserts an absolute time.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { gradeCli } from '../../test-support/grade-cli.ts';
import { FIXTURE_CONTENT_DIR } from '../lessons/fixture.ts';

// The tests' own lesson folder (a frozen copy of coroutines), passed to the CLI as COURSE_CONTENT_DIR.
const LESSON = path.join(FIXTURE_CONTENT_DIR, 'coroutines');
const T = 90_000;

const grade = (...args: string[]) => gradeCli(args);

let root = '';
let solution = '';
let sequential = '';
let forgotAwait = '';

/** Writes `files` into `<root>/<name>/` and returns that folder. */
async function submission(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'grade-cli-test-'));
  solution = await readFile(path.join(LESSON, '_solution/main.ts'), 'utf8');
  sequential = await readFile(path.join(LESSON, '_wrong/sequential/main.ts'), 'utf8');
  forgotAwait = await readFile(path.join(LESSON, '_wrong/forgot-await/main.ts'), 'utf8');
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/**
 * A minimal XML 1.0 well-formedness check: balanced tags, quoted attributes, only the predefined
 * or numeric entities, no characters XML 1.0 forbids. Returns the elements in document order.
 */
function parseXml(xml: string): { name: string; attrs: Record<string, string>; text: string }[] {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(xml);
  if (bad) throw new Error(`invalid XML character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const decode = (s: string) =>
    s
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  let i = 0;
  const prolog = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (prolog) i = prolog[0].length;
  const stack: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const all: typeof stack = [];
  let rootSeen = false;
  while (i < xml.length) {
    if (xml.startsWith('</', i)) {
      const m = /<\/([A-Za-z_][\w.-]*)\s*>/y;
      m.lastIndex = i;
      const close = m.exec(xml);
      const open = stack.pop();
      if (!close || !open || open.name !== close[1]) throw new Error(`mismatched closing tag at ${i}`);
      i = m.lastIndex;
    } else if (xml[i] === '<') {
      const m = /<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/y;
      m.lastIndex = i;
      const tag = m.exec(xml);
      if (!tag) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 60)}`);
      if (stack.length === 0 && rootSeen) throw new Error('more than one root element');
      rootSeen = true;
      const attrs: Record<string, string> = {};
      for (const a of (tag[2] ?? '').matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (entity.test(a[2] ?? '')) throw new Error(`bare & in attribute ${a[1]}`);
        if ((a[1] as string) in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1] as string] = decode(a[2] ?? '');
      }
      const element = { name: tag[1] as string, attrs, text: '' };
      all.push(element);
      if (tag[3] !== '/') stack.push(element);
      i = m.lastIndex;
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next === -1 ? xml.length : next);
      if (entity.test(text)) throw new Error(`bare & in text at ${i}`);
      if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root element at ${i}`);
      const top = stack[stack.length - 1];
      if (top) top.text += decode(text);
      i = next === -1 ? xml.length : next;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  return all;
}

describe.concurrent('npm run grade (the CLI in a child process)', () => {
  it('passes the reference solution: exit 0, every check ✓', { timeout: T }, async ({ expect }) => {
    const dir = await submission('solution', { 'main.ts': solution });
    const result = await grade('coroutines', dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const marks = result.stdout.split('\n').filter((l) => /^\s+[✓✗?] /.test(l));
    expect(marks).toHaveLength(9);
    expect(marks.every((l) => l.trim().startsWith('✓'))).toBe(true);
    expect(result.stdout).toMatch(/run \d+\.\d\d s \(exit code 0\) · first → last line \d+\.\d\d s/);
    expect(result.stdout).toContain('9/9 checks passed');
  });

  it('fails the sequential wrong answer: exit 1, names the overlap check and says why', { timeout: T }, async ({ expect }) => {
    const dir = await submission('sequential', { 'main.ts': sequential });
    const result = await grade('coroutines', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ The tasks run at the same time');
    expect(result.stdout).toContain('Task B started only after task A ended');
    expect(result.stdout).toContain('✓ Both tasks run in one process (same pid)');
  });

  it('grades a single entry file, taking the other lesson files from the starter', { timeout: T }, async ({ expect }) => {
    const dir = await submission('single', { 'alice.ts': solution });
    const result = await grade('coroutines', path.join(dir, 'alice.ts'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('coroutines · alice: PASS');
  });

  it('refuses an unknown lesson with exit 2, listing the known ones', { timeout: T }, async ({ expect }) => {
    const result = await grade('no-such-lesson', root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown lesson "no-such-lesson"');
    expect(result.stderr).toContain('coroutines');
    expect(result.stdout).toBe('');
  });

  it('refuses a missing path with exit 2', { timeout: T }, async ({ expect }) => {
    const missing = path.join(root, 'does-not-exist');
    const result = await grade('coroutines', missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`No such file or folder: ${missing}`);
  });

  it('refuses a folder without the entry file or submissions with exit 2', { timeout: T }, async ({ expect }) => {
    const dir = await submission('empty-handed', { 'notes.txt': 'nothing here' });
    const result = await grade('coroutines', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no main.ts');
  });

  it('refuses an unknown format and bad usage with exit 2', { timeout: T }, async ({ expect }) => {
    const format = await grade('coroutines', root, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Unknown format "xml": use one of text, json, junit, tap, html.');
    const missing = await grade('coroutines');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing arguments');
    const jobs = await grade('coroutines', root, '--jobs', '0');
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain('--jobs must be a whole number');
  });

  it('--format json prints Exercism results.json v3 with timings', { timeout: T }, async ({ expect }) => {
    const dir = await submission('forgot-await', { 'main.ts': forgotAwait });
    const result = await grade('coroutines', dir, '--format', 'json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & { tests: Record<string, unknown>[]; timings: Record<string, unknown> };
    expect(json.version).toBe(3);
    expect(json.status).toBe('fail');
    expect(json).not.toHaveProperty('message');
    expect(json.tests).toHaveLength(9);
    for (const test of json.tests) {
      expect(Object.keys(test).sort()).toEqual(['message', 'name', 'output', 'status']);
      expect(['pass', 'fail', 'error']).toContain(test.status);
      expect(typeof test.output).toBe('string');
      expect((test.output as string).length).toBeLessThanOrEqual(500);
    }
    const waits = json.tests.find((t) => t.name === 'main waits for both tasks before it reports');
    expect(waits).toMatchObject({ status: 'fail' });
    expect(waits?.message).toContain('was printed before task A and B finished');
    expect(json.tests.filter((t) => t.status === 'fail')).toHaveLength(1);
    expect(json.timings).toMatchObject({ exitCode: 0, reason: 'exited', signal: null });
    expect(typeof json.timings.durationMs).toBe('number');
    expect(typeof json.timings.firstToLastLineMs).toBe('number');
  });

  it('--format junit prints well-formed JUnit XML with escaped messages', { timeout: T }, async ({ expect }) => {
    // The solution plus one stderr line full of characters XML must escape or cannot hold at all.
    const noisy = `${solution}\nconsole.error('bad <tag> & "quoted" \\u0001 \\u001b[31mred\\u001b[0m \\u0007 end');\n`;
    const dir = await submission('noisy', { 'main.ts': noisy });
    const result = await grade('coroutines', dir, '--format', 'junit');
    expect(result.code).toBe(1);
    const xml = result.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const elements = parseXml(xml); // throws if malformed or holding a forbidden character
    expect(elements[0]?.name).toBe('testsuites');
    const suites = elements.filter((e) => e.name === 'testsuite');
    expect(suites).toHaveLength(1);
    expect(suites[0]?.attrs).toMatchObject({ tests: '9', failures: '1', errors: '0' });
    const cases = elements.filter((e) => e.name === 'testcase');
    expect(cases).toHaveLength(9);
    expect(cases.every((c) => c.attrs.classname === 'coroutines' && c.attrs.name && c.attrs.time !== undefined)).toBe(true);
    const failures = elements.filter((e) => e.name === 'failure');
    expect(failures).toHaveLength(1);
    const message = failures[0]?.attrs.message ?? '';
    expect(message).toContain('bad <tag> & "quoted"');
    expect(message).toContain('\\u0001'); // a control character, shown instead of breaking the XML
    expect(message).not.toContain('\u001b');
    expect(xml).toContain('bad &lt;tag&gt; &amp; &quot;quoted&quot;');
    expect(failures[0]?.text).toContain('no-stderr');
  });

  it('--format tap prints TAP version 14 with a plan and a YAML block per failure', { timeout: T }, async ({ expect }) => {
    const dir = await submission('sequential-tap', { 'main.ts': sequential });
    const result = await grade('coroutines', dir, '--format', 'tap');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('TAP version 14');
    expect(lines.filter((l) => /^1\.\.\d+$/.test(l))).toEqual(['1..9']);
    const points = lines.filter((l) => /^(not )?ok \d+ - /.test(l));
    expect(points).toHaveLength(9);
    expect(points.map((l) => Number(/ok (\d+)/.exec(l)?.[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(points).toContain('not ok 3 - The tasks run at the same time');
    const notOk = lines.indexOf('not ok 3 - The tasks run at the same time');
    expect(lines[notOk + 1]).toBe('  ---');
    expect(lines[notOk + 2]).toMatch(/^ {2}message: ".*Task B started only after task A ended/);
    expect(lines.slice(notOk + 1).indexOf('  ...')).toBeGreaterThan(0);
    expect(points.filter((l) => l.startsWith('ok '))).toHaveLength(7);
  });

  it('grades a folder of submissions in a pool: one report each with --out, a table, the final count', { timeout: T }, async ({ expect }) => {
    const many = path.join(root, 'class');
    await mkdir(many);
    for (const [name, text] of [
      ['alice', solution],
      ['bob', sequential],
      ['carol', solution],
    ] as const) {
      await mkdir(path.join(many, name));
      await writeFile(path.join(many, name, 'main.ts'), text);
    }
    const out = path.join(root, 'reports');
    const result = await grade('coroutines', many, '--jobs', '2', '--out', out, '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Grading 3 submissions of "coroutines", --jobs 2');
    expect((await readdir(out)).sort()).toEqual(['alice.json', 'bob.json', 'carol.json']);
    const bob = JSON.parse(await readFile(path.join(out, 'bob.json'), 'utf8')) as { status: string };
    expect(bob.status).toBe('fail');
    const alice = JSON.parse(await readFile(path.join(out, 'alice.json'), 'utf8')) as { status: string };
    expect(alice.status).toBe('pass');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('2 passed, 1 failed');
    expect(lines.find((l) => l.startsWith('bob '))).toMatch(/^bob\s+failed\s+7\/9\s+\d+\.\d\d s$/);
    expect(lines.find((l) => l.startsWith('alice '))).toMatch(/^alice\s+passed\s+9\/9\s/);
    expect(lines.find((l) => l.startsWith('carol '))).toMatch(/^carol\s+passed\s+9\/9\s/);
  });

  it('--format json on a folder without --out prints one JSON document for the class', { timeout: T }, async ({ expect }) => {
    const many = path.join(root, 'class-json');
    for (const [name, text] of [
      ['dave', solution],
      ['erin', forgotAwait],
    ] as const) {
      await mkdir(path.join(many, name), { recursive: true });
      await writeFile(path.join(many, name, 'main.ts'), text);
    }
    const result = await grade('coroutines', many, '--format', 'json');
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout) as { lesson: string; counts: Record<string, number>; jobs: number; submissions: { name: string; version: number; status: string }[] };
    expect(doc.lesson).toBe('coroutines');
    expect(doc.counts).toEqual({ pass: 1, fail: 1, error: 0 });
    expect(doc.jobs).toBeGreaterThan(1);
    expect(doc.submissions.map((s) => [s.name, s.version, s.status])).toEqual([
      ['dave', 3, 'pass'],
      ['erin', 3, 'fail'],
    ]);
  });
});
