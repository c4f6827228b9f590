/**
 * Every Python snippet a lesson shows beside its TypeScript (content/<lesson>/snippets/*.py) runs as
 * shown: python3 ends it with exit code 0, or, where the snippet shows an error on purpose (a comment
 * line such as `#   SyntaxError: 'await' outside async function`), fails with exactly that error.
 * Where python3 is missing, the test says so and skips.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const CONTENT = path.resolve(import.meta.dirname, '../content');
const PER_SNIPPET_MS = 60_000;

const snippets = readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((lesson) => {
    const dir = path.join(CONTENT, lesson.name, 'snippets');
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith('.py'))
        .map((name) => path.join(lesson.name, 'snippets', name));
    } catch {
      return []; // a lesson without snippets
    }
  })
  .sort();

const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const python = probe.status === 0 ? (probe.stdout || probe.stderr).trim() : null;
if (python === null) {
  console.log(`Python snippets not run: python3 was not found (${probe.error?.message ?? `exit ${probe.status}`}).`);
}

/** The error a snippet announces in a comment as the one Python stops with, if any. */
function announcedError(file: string): string | null {
  const source = readFileSync(path.join(CONTENT, file), 'utf8');
  return /^#\s+(\w+Error: .+)$/m.exec(source)?.[1]?.trim() ?? null;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runSnippet(file: string): Promise<Outcome> {
  return new Promise((resolve) => {
    // Run from the snippet's folder, as a learner who copied it would.
    execFile('python3', [path.basename(file)], { cwd: path.dirname(path.join(CONTENT, file)), timeout: PER_SNIPPET_MS }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe.skipIf(python === null)(`Python snippets run as shown (${python ?? 'no python3'})`, () => {
  // Started all at once when the file loads: several sleep for seconds, so they overlap.
  const outcomes = new Map(snippets.map((file) => [file, runSnippet(file)]));

  test('there are snippets to run', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  test.each(snippets)('%s runs as shown', async (file) => {
    const outcome = await outcomes.get(file);
    expect(outcome, `${file} did not run`).toBeDefined();
    const error = announcedError(file);
    if (error !== null) {
      // Shown failing on purpose: it must fail, and with the error the comment shows.
      expect(outcome?.code, `${file} should stop with ${error}`).not.toBe(0);
      expect(outcome?.stderr, `${file} stopped with another error`).toContain(error);
      return;
    }
    expect(outcome?.code, `${file} failed:\n${outcome?.stderr}`).toBe(0);
    expect(outcome?.stdout.trim().length, `${file} printed nothing`).toBeGreaterThan(0);
  }, PER_SNIPPET_MS + 5_000);
});
