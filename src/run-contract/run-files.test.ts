import { describe, expect, it } from 'vitest';
import { runMessages } from './messages.ts';
import { checkRunFiles, DEFAULT_FILE_LIMITS, withPackageJson } from './run-files.ts';

/** The check's answer as the learner reads it, in English. */
const said = (files: Record<string, string>, entry = 'main.ts') => {
  const problem = checkRunFiles(files, entry);
  return problem && runMessages('en').fileProblem(problem);
};

describe('checkRunFiles', () => {
  it('accepts ordinary files', () => {
    expect(checkRunFiles({ 'main.ts': '', 'lib/x.ts': '' }, 'main.ts')).toBeNull();
  });

  it.each([
    [{ '../x.ts': '' }, 'contains ".."'],
    [{ '/etc/x': '' }, 'is an absolute path'],
    [{ 'C:x.ts': '' }, 'is an absolute path'],
    [{ 'a\\b.ts': '' }, 'backslash'],
    [{ 'a//b.ts': '' }, 'empty or "." folder name'],
    [{ './a.ts': '' }, 'empty or "." folder name'],
    [{ 'a\u0001.ts': '' }, 'control character'],
    [{ 'a\u0000.ts': '' }, 'NUL character'],
    [{ ['x'.repeat(201)]: '' }, 'longer than 200 characters'],
    [{ 'A.ts': '', 'a.ts': '' }, 'clash'],
    [{ 'a.ts': '', 'a.ts/b.ts': '' }, 'both a file and a folder'],
  ])('refuses %j (%s)', (files, why) => {
    expect(said({ 'main.ts': '', ...files })).toContain(why);
  });

  it('bounds the number of files, each file and all of them together', () => {
    const many = Object.fromEntries(Array.from({ length: DEFAULT_FILE_LIMITS.maxFiles + 1 }, (_, i) => [`f${i}.ts`, '']));
    expect(said({ ...many, 'main.ts': '' })).toBe('too many files (66; at most 64)');
    expect(said({ 'main.ts': 'é'.repeat(600 * 1024) })).toBe('the file "main.ts" is too large (1.2 MB; at most 1 MB)');
    const half = 'x'.repeat(900 * 1024);
    expect(said({ 'main.ts': half, 'b.ts': half, 'c.ts': half })).toBe('the files are too large together (2.6 MB; at most 2 MB)');
  });

  it('needs the entry among the files, some files, and text', () => {
    expect(said({ 'x.ts': '' })).toBe('the file to run ("main.ts") is not among the files');
    expect(said({})).toBe('no files were sent');
    expect(said({ 'main.ts': 42 as unknown as string })).toBe('the contents of "main.ts" are not text');
  });

  it('is said in Chinese too', () => {
    const problem = checkRunFiles({ 'main.ts': '', '../x.ts': '' }, 'main.ts');
    expect(problem && runMessages('zh-CN').cannotRun(runMessages('zh-CN').fileProblem(problem))).toBe('无法运行你的程序：文件名 “../x.ts” 含有“..”。');
  });
});

describe('withPackageJson', () => {
  it('adds {"type":"module"} unless the learner sent a package.json', () => {
    expect(withPackageJson({ 'main.ts': '' })['package.json']).toBe('{"type":"module"}\n');
    expect(withPackageJson({ 'main.ts': '', 'package.json': '{}' })['package.json']).toBe('{}');
  });
});
