import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { unzipFiles, ZIP_LIMITS, zipFiles } from './zip.ts';

const files = { 'main.ts': "console.log('héllo ✓');\n", 'lib/worker.ts': 'export {};\n', 'empty.ts': '' };
const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An archive written by Python's zipfile, a standard tool, from a script that gets `z`. */
function python(name: string, script: string): Uint8Array {
  const archive = join(dir, name);
  execFileSync('python3', ['-c', `import zipfile\nwith zipfile.ZipFile(${JSON.stringify(archive)}, 'w', zipfile.ZIP_DEFLATED) as z:\n${script.replace(/^/gm, '  ')}`]);
  return new Uint8Array(readFileSync(archive));
}

function le32(bytes: Uint8Array, at: number, value: number) {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);
}
function centralAt(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let i = bytes.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) return view.getUint32(i + 16, true);
  throw new Error('no end record');
}

describe('zip', () => {
  test('round-trips text files, nested paths and non-ASCII', async () => {
    expect(await unzipFiles(zipFiles(files))).toEqual(files);
  });

  test('the archive opens in a standard zip tool (Python zipfile), CRCs included', () => {
    const archive = join(dir, 'work.zip');
    writeFileSync(archive, zipFiles(files));
    execFileSync('python3', ['-m', 'zipfile', '-e', archive, join(dir, 'out')]);
    expect(readFileSync(join(dir, 'out', 'main.ts'), 'utf8')).toBe(files['main.ts']);
    expect(readFileSync(join(dir, 'out', 'lib', 'worker.ts'), 'utf8')).toBe(files['lib/worker.ts']);
    execFileSync('python3', ['-c', `import zipfile; z = zipfile.ZipFile(${JSON.stringify(archive)}); assert z.testzip() is None`]);
  });

  test('archives made by a standard tool, stored or deflated, read back', async () => {
    const deflated = python('py.zip', `z.writestr('main.ts', 'const x = 1;\\n' * 100)\nz.writestr('sub/', '')\nz.writestr(zipfile.ZipInfo('stored.ts'), 'let y = 2;\\n')`);
    expect(await unzipFiles(deflated)).toEqual({ 'main.ts': 'const x = 1;\n'.repeat(100), 'stored.ts': 'let y = 2;\n' });
  });

  test('anything that is not a zip is refused in plain words', async () => {
    await expect(unzipFiles(new TextEncoder().encode('not a zip'))).rejects.toThrow('This is not a zip file.');
    await expect(unzipFiles(new Uint8Array(0))).rejects.toThrow('This is not a zip file.');
  });

  test('refuses too many entries before reading any', async () => {
    const many = python('many.zip', `for i in range(${ZIP_LIMITS.entries + 1}): z.writestr(f'f{i}.ts', '')`);
    await expect(unzipFiles(many)).rejects.toThrow(`holds ${ZIP_LIMITS.entries + 1} entries`);
  });

  test('refuses a file, or files together, too large when unpacked', async () => {
    const big = python('big.zip', `z.writestr('main.ts', 'x' * ${ZIP_LIMITS.entryBytes + 1})`);
    await expect(unzipFiles(big)).rejects.toThrow(/main\.ts would unpack to 1 MB, more than 1 MB for one file/);
    const together = python('together.zip', `for i in range(3): z.writestr(f'f{i}.ts', 'x' * 900000)`);
    await expect(unzipFiles(together)).rejects.toThrow('The files would unpack to more than 2 MB together.');
  });

  test('refuses an archive file larger than any lesson work', async () => {
    await expect(unzipFiles(new Uint8Array(ZIP_LIMITS.archiveBytes + 1))).rejects.toThrow(/at most 4 MB is read/);
  });

  test('refuses entries that share data (65,535 names pointing at one entry)', async () => {
    // One real entry, then its central record repeated many times: every copy points at the same bytes.
    const one = zipFiles({ 'a.ts': 'x'.repeat(1000) });
    const cd = centralAt(one);
    const view = new DataView(one.buffer, one.byteOffset);
    const endAt = one.length - 22;
    const record = one.slice(cd, endAt);
    const copies = 200;
    const out = new Uint8Array(cd + record.length * copies + 22);
    out.set(one.subarray(0, cd));
    for (let i = 0; i < copies; i++) {
      const r = record.slice();
      r[46] = 98 + (i % 20); // different names
      out.set(r, cd + i * record.length);
    }
    const end = one.slice(endAt);
    const ev = new DataView(end.buffer);
    ev.setUint16(8, copies, true);
    ev.setUint16(10, copies, true);
    ev.setUint32(12, record.length * copies, true);
    out.set(end, cd + record.length * copies);
    expect(view.getUint32(endAt, true)).toBe(0x06054b50);
    await expect(unzipFiles(out)).rejects.toThrow('two files share the same data');
  });

  test('refuses a wrong CRC, a bad offset and a lying size, each in plain words', { timeout: 60_000 }, async () => {
    const stored = python('crc.zip', `z.writestr(zipfile.ZipInfo('main.ts'), 'const x = 1;')`);
    const flipped = stored.slice();
    const dataAt = 30 + 'main.ts'.length; // the first byte of the stored data
    flipped[dataAt] = (flipped[dataAt] ?? 0) ^ 1;
    await expect(unzipFiles(flipped)).rejects.toThrow('main.ts is damaged (its checksum does not match).');

    const badOffset = stored.slice();
    le32(badOffset, centralAt(badOffset) + 42, 0x7fffff00);
    await expect(unzipFiles(badOffset)).rejects.toThrow(/The zip file is damaged \(its table of contents points outside the file\)/);

    // A deflate bomb: 64 MB of zeros declared as 1000 bytes.
    const bomb = python('bomb.zip', `z.writestr('main.ts', b'\\0' * (64 * 1024 * 1024))`);
    const lying = bomb.slice();
    le32(lying, centralAt(lying) + 24, 1000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await expect(unzipFiles(lying)).rejects.toThrow('main.ts unpacks to more than it says (1000 bytes)');
    clearInterval(timer);
    // The page got the event loop back while it inflated (the tab never freezes).
    expect(ticks).toBeGreaterThanOrEqual(1);
  });
});
