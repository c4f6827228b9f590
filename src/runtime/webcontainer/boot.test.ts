import { describe, expect, it, vi } from 'vitest';
import { ContainerHost, type HostOptions } from './boot.ts';
import { FAKE_NODE_VERSION, FakeWebContainerApi, fakeNode } from '../../../test-support/fake-webcontainer.ts';
import { WebContainerProblem } from './messages.ts';

function host(api: FakeWebContainerApi, options: HostOptions = {}) {
  return new ContainerHost({
    loadApi: async () => api,
    reachable: async () => true,
    origin: 'https://stackblitz.com',
    bootTimeoutMs: 200,
    setupTimeoutMs: 1000,
    apiKey: undefined,
    ...options,
  });
}

async function problemOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebContainerProblem);
  return (error as WebContainerProblem).problem;
}

describe('ContainerHost (against the FAKE @webcontainer/api)', () => {
  it('boots once, with our COEP, mounts the course files, probes Node, and reuses the container', async () => {
    const api = new FakeWebContainerApi();
    const h = host(api);
    const phases: string[] = [];
    h.onChange(() => phases.push(h.state.phase));
    const ready = await h.ready();
    expect(await h.ready()).toBe(ready);
    expect(api.bootCalls).toBe(1);
    expect(api.bootOptions[0]).toEqual({ coep: 'require-corp', workdirName: 'course' });
    expect(ready.nodeVersion).toBe(FAKE_NODE_VERSION);
    expect(ready.flags).toEqual([]);
    const files = api.last.files;
    expect(JSON.parse(files.get('package.json') ?? '{}')).toMatchObject({ type: 'module', engines: { node: '>=22.18.0' } });
    expect(files.get('.nvmrc')).toBe('22\n');
    expect(files.get('.course/preload.mjs')).toContain('uncaughtExceptionMonitor');
    expect(phases).toEqual(['starting', 'ready']);
    expect(h.state).toEqual({ phase: 'ready', nodeVersion: FAKE_NODE_VERSION });
  });

  it('offline: says "no network" at once and never calls boot() (it would hang and hold the lock)', async () => {
    const api = new FakeWebContainerApi();
    const h = host(api, { reachable: async () => false });
    const problem = await problemOf(h.ready());
    expect(problem.code).toBe('no-network');
    expect(problem.message).toContain('stackblitz.com');
    expect(api.bootCalls).toBe(0);
  });

  it('a boot that never settles times out at the bound, and that is final for the page', async () => {
    const api = new FakeWebContainerApi('hang');
    const h = host(api, { bootTimeoutMs: 50 });
    const started = Date.now();
    const problem = await problemOf(h.ready());
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problem.code).toBe('boot-timeout');
    expect(problem.short).toBe('it did not start within 0.1 s');
    expect(h.state.phase).toBe('failed');
    // No second boot: the library's lock is still held by the first one.
    expect((await problemOf(h.ready())).code).toBe('boot-timeout');
    h.start();
    expect(api.bootCalls).toBe(1);
  });

  it('a boot that fails says why', async () => {
    const api = new FakeWebContainerApi(new Error('Unable to create more instances'));
    const problem = await problemOf(host(api).ready());
    expect(problem.code).toBe('boot-failed');
    expect(problem.message).toContain('Unable to create more instances');
  });

  it('a Node that cannot run TypeScript makes WebContainer unavailable, and frees it', async () => {
    const api = new FakeWebContainerApi();
    api.onSpawn = fakeNode({ version: 'v20.19.1', typescript: 'none' });
    const problem = await problemOf(host(api).ready());
    expect(problem.code).toBe('node-cannot-run-ts');
    expect(api.last.tornDown).toBe(true);
  });

  it('configures the API key before the first boot, only when one is set', async () => {
    const api = new FakeWebContainerApi();
    const configure = vi.spyOn(api, 'configureAPIKey');
    const boot = vi.spyOn(api, 'boot');
    await host(api, { apiKey: 'wc_api_example' }).ready();
    expect(configure).toHaveBeenCalledWith('wc_api_example');
    expect(configure.mock.invocationCallOrder[0]).toBeLessThan(boot.mock.invocationCallOrder[0] ?? 0);
    const other = new FakeWebContainerApi();
    await host(other).ready();
    expect(other.apiKey).toBeNull();
  });

  it('restart() tears down and boots again, without probing Node again', async () => {
    const api = new FakeWebContainerApi();
    const h = host(api);
    const first = await h.ready();
    const spawnsBefore = api.last.processes.length;
    h.restart();
    expect(h.state.phase).toBe('restarting');
    const second = await h.ready();
    expect(second).not.toBe(first);
    expect((first.container as { tornDown?: boolean }).tornDown).toBe(true);
    expect(api.bootCalls).toBe(2);
    expect(spawnsBefore).toBeGreaterThan(0);
    expect(api.last.processes).toHaveLength(0);
    expect(api.last.files.get('.course/preload.mjs')).toBeDefined();
  });

  it('pagehide teardown frees the container; the page can boot again on demand', async () => {
    const api = new FakeWebContainerApi();
    const h = host(api);
    const ready = await h.ready();
    h.teardown();
    expect((ready.container as { tornDown?: boolean }).tornDown).toBe(true);
    expect(h.state.phase).toBe('idle');
    await h.ready();
    expect(api.bootCalls).toBe(2);
  });

  it('on iOS it waits for consent: ready() says why at once, allow() boots', async () => {
    const api = new FakeWebContainerApi();
    const h = host(api, { needsConsent: true });
    h.start();
    expect((await problemOf(h.ready())).code).toBe('needs-consent');
    expect(api.bootCalls).toBe(0);
    h.allow();
    await h.ready();
    expect(api.bootCalls).toBe(1);
  });
});
