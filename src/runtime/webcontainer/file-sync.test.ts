import { describe, expect, it } from 'vitest';
import { FakeContainer } from '../../../test-support/fake-webcontainer.ts';
import { FileSync } from './file-sync.ts';

describe('FileSync (against the FAKE container)', () => {
  it('mounts everything the first time, under lesson/, with a package.json', async () => {
    const container = new FakeContainer();
    const sync = new FileSync();
    const result = await sync.apply(container, { 'main.ts': 'one', 'lib/util.ts': 'two' });
    expect(container.mounts).toHaveLength(1);
    expect(container.mounts[0]?.mountPoint).toBe('lesson');
    expect(container.mounts[0]?.tree).toMatchObject({ lib: { directory: { 'util.ts': { file: { contents: 'two' } } } } });
    expect([...container.files.keys()].sort()).toEqual(['lesson/lib/util.ts', 'lesson/main.ts', 'lesson/package.json']);
    expect(result.written.sort()).toEqual(['lib/util.ts', 'main.ts', 'package.json']);
  });

  it('then writes only the files that changed, and removes the ones that went', async () => {
    const container = new FakeContainer();
    const sync = new FileSync();
    await sync.apply(container, { 'main.ts': 'one', 'old.ts': 'x', 'lib/util.ts': 'two' });
    container.fs.log.length = 0;
    const result = await sync.apply(container, { 'main.ts': 'one', 'lib/util.ts': 'TWO', 'lib/new/deep.ts': 'three' });
    expect(result).toEqual({ written: ['lib/util.ts', 'lib/new/deep.ts'], removed: ['old.ts'] });
    expect(container.fs.log).toEqual([
      'rm lesson/old.ts',
      'mkdir lesson/lib',
      'write lesson/lib/util.ts',
      'mkdir lesson/lib/new',
      'write lesson/lib/new/deep.ts',
    ]);
    expect(container.mounts).toHaveLength(1);
    const again = await sync.apply(container, { 'main.ts': 'one', 'lib/util.ts': 'TWO', 'lib/new/deep.ts': 'three' });
    expect(again).toEqual({ written: [], removed: [] });
  });

  it('mounts everything again after a failed write', async () => {
    const container = new FakeContainer();
    const sync = new FileSync();
    await sync.apply(container, { 'main.ts': 'one' });
    container.fs.writeFile = async () => {
      throw new Error('disk full');
    };
    await expect(sync.apply(container, { 'main.ts': 'two' })).rejects.toThrow('disk full');
    await sync.apply(container, { 'main.ts': 'two' });
    expect(container.mounts).toHaveLength(2);
  });
});
