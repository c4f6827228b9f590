import { describe, expect, it } from 'vitest';
import { toMountTree } from './mount-tree.ts';

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
