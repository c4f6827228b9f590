import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unzipFiles, zipFiles } from './zip.ts';

const files = { 'main.ts': "console.log('héllo ✓');\n", 'lib/worker.ts': 'export {};\n', 'empty.ts': '' };

describe('zip', () => {
  test('round-trips text files, nested paths and non-ASCII', () => {
    expect(unzipFiles(zipFiles(files))).toEqual(files);
  });

  test('the archive opens in a standard zip tool (Python zipfile)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      const archive = join(dir, 'work.zip');
      writeFileSync(archive, zipFiles(files));
      execFileSync('python3', ['-m', 'zipfile', '-e', archive, join(dir, 'out')]);
      expect(readFileSync(join(dir, 'out', 'main.ts'), 'utf8')).toBe(files['main.ts']);
      expect(readFileSync(join(dir, 'out', 'lib', 'worker.ts'), 'utf8')).toBe(files['lib/worker.ts']);
      execFileSync('python3', ['-c', `import zipfile; z = zipfile.ZipFile(${JSON.stringify(archive)}); assert z.testzip() is None`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an archive made by a standard tool (stored) reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      const archive = join(dir, 'py.zip');
      execFileSync('python3', ['-c', `import zipfile\nwith zipfile.ZipFile(${JSON.stringify(archive)}, 'w') as z:\n  z.writestr('main.ts', 'const x = 1;\\n')\n  z.writestr('sub/', '')`]);
      expect(unzipFiles(readFileSync(archive))).toEqual({ 'main.ts': 'const x = 1;\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('anything else is refused with a clear message', () => {
    expect(() => unzipFiles(new TextEncoder().encode('not a zip'))).toThrow('This is not a zip file.');
  });
});
