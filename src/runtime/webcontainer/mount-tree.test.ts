import { describe, expect, it } from 'vitest';
import { checkRunFiles, toMountTree, withPackageJson } from './mount-tree.ts';

describe('toMountTree', () => {
  it('turns paths into nested folders', () => {
    expect(toMountTree({ 'main.ts': 'a', 'lib/util.ts': 'b', 'lib/deep/x.ts': 'c', 'worker.ts': 'd' })).toEqual({
      'main.ts': { file: { contents: 'a' } },
      'worker.ts': { file: { contents: 'd' } },
      lib: {
        directory: {
          'util.ts': { file: { contents: 'b' } },
          deep: { directory: { 'x.ts': { file: { contents: 'c' } } } },
        },
      },
    });
  });

  it('refuses a name that is both a file and a folder', () => {
    expect(() => toMountTree({ a: '1', 'a/b.ts': '2' })).toThrow(/is a file/);
  });
});

describe('checkRunFiles', () => {
  it('accepts ordinary files', () => {
    expect(checkRunFiles({ 'main.ts': '', 'lib/x.ts': '' }, 'main.ts')).toBeNull();
  });

  it.each([
    [{ '../x.ts': '' }, '..'],
    [{ '/etc/x': '' }, 'absolute'],
    [{ 'a\\b.ts': '' }, 'backslash'],
    [{ 'a//b.ts': '' }, 'empty'],
    [{ './a.ts': '' }, '"."'],
    [{ 'a\u0001.ts': '' }, 'control'],
    [{ 'A.ts': '', 'a.ts': '' }, 'clash'],
    [{ 'a.ts': '', 'a.ts/b.ts': '' }, 'both a file and a folder'],
  ])('refuses %j (%s)', (files, why) => {
    expect(checkRunFiles({ 'main.ts': '', ...files }, 'main.ts')).toContain(why);
  });

  it('needs the entry among the files, and some files', () => {
    expect(checkRunFiles({ 'x.ts': '' }, 'main.ts')).toContain('is not among the files');
    expect(checkRunFiles({}, 'main.ts')).toBe('no files were sent');
  });
});

describe('withPackageJson', () => {
  it('adds {"type":"module"} unless the learner sent a package.json, as the local runner does', () => {
    expect(withPackageJson({ 'main.ts': '' })['package.json']).toBe('{"type":"module"}\n');
    expect(withPackageJson({ 'main.ts': '', 'package.json': '{}' })['package.json']).toBe('{}');
  });
});
