import { describe, expect, it } from 'vitest';
import { PROBE_MARKER } from './base-files.ts';
import { FakeContainer, fakeNode, type FakeNodeKind } from '../../../test-support/fake-webcontainer.ts';
import { outputLines, probeNode, probePassed } from './node-setup.ts';

async function probeWith(kind: FakeNodeKind) {
  const container = new FakeContainer();
  container.onSpawn = fakeNode(kind);
  const setup = await probeNode(container, 1000);
  return { setup, spawns: container.processes.map((p) => p.args) };
}

describe('probeNode: the TypeScript decision (against a FAKE node)', () => {
  it('Node >= 22.18 that strips types quietly: no flags, the preload and the probe as a run would get them', async () => {
    const { setup, spawns } = await probeWith({ version: 'v22.22.0', typescript: 'native' });
    expect(setup).toEqual({ ok: true, version: 'v22.22.0', flags: [] });
    expect(spawns).toEqual([['--version'], ['--import=/home/course/.course/preload.mjs', '--', '.course/probe.ts']]);
  });

  it('a Node that strips types but warns: the warning is silenced, so it never reaches graded output', async () => {
    const { setup } = await probeWith({ version: 'v23.1.0', typescript: 'native-warns' });
    expect(setup).toEqual({ ok: true, version: 'v23.1.0', flags: ['--disable-warning=ExperimentalWarning'] });
  });

  it('Node 22.6–22.17: --experimental-strip-types (learner files unchanged)', async () => {
    const { setup } = await probeWith({ version: 'v22.12.0', typescript: 'flag' });
    expect(setup).toEqual({ ok: true, version: 'v22.12.0', flags: ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'] });
  });

  it('Node 20 (WebContainer’s default): cannot run the lessons, and says so', async () => {
    const { setup } = await probeWith({ version: 'v20.19.1', typescript: 'none' });
    expect(setup.ok).toBe(false);
    if (setup.ok) return;
    expect(setup.problem.code).toBe('node-cannot-run-ts');
    expect(setup.problem.message).toContain('v20.19.1');
    expect(setup.problem.message).toContain('npm start');
  });

  it('a Node that refuses --import: says that, not "TypeScript"', async () => {
    const { setup } = await probeWith({ version: 'v18.17.0', typescript: 'none', importWorks: false });
    expect(!setup.ok && setup.problem.code).toBe('node-cannot-import');
  });
});

describe('probe output', () => {
  it('ignores ANSI codes and \\r\\n, but not extra lines', () => {
    expect(outputLines(`\u001b[0m${PROBE_MARKER}\r\n\r\n`)).toEqual([PROBE_MARKER]);
    expect(probePassed({ code: 0, text: `${PROBE_MARKER}\r\n` })).toBe(true);
    expect(probePassed({ code: 0, text: `warning\r\n${PROBE_MARKER}\r\n` })).toBe(false);
    expect(probePassed({ code: 1, text: `${PROBE_MARKER}\r\n` })).toBe(false);
  });
});
