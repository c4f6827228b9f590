import { describe, expect, it } from 'vitest';
import type { Runtime } from '../runtime.ts';
import { chooseRuntime, type ChooserInput } from './choice.ts';
import type { RuntimePreference } from './machine.ts';
import { FakeWebContainerApi } from '../../../test-support/fake-webcontainer.ts';
import { createWebContainer } from '../webcontainer/index.ts';
import { problems } from '../webcontainer/messages.ts';
import type { Support } from '../webcontainer/support.ts';

const localRuntime: Runtime = {
  kind: 'local',
  label: 'On this computer (local Node)',
  run: () => {
    throw new Error('not in these tests');
  },
};

/** The chooser with a FAKE @webcontainer/api behind its host, and idle callbacks run by hand. */
function choose(options: { preference?: RuntimePreference; local?: boolean; support?: Support; api?: FakeWebContainerApi; reachable?: boolean; localHealth?: () => Promise<string | null> }) {
  const api = options.api ?? new FakeWebContainerApi();
  const idle: (() => void)[] = [];
  let loads = 0;
  const input: ChooserInput = {
    preference: options.preference ?? 'auto',
    local: options.local ? localRuntime : null,
    localNodeVersion: options.localHealth ?? (async () => 'v24.11.0'),
    support: options.support ?? { ok: true, needsConsent: false },
    loadWebContainer: async (needsConsent) => {
      loads++;
      return createWebContainer({ loadApi: async () => api, reachable: async () => options.reachable ?? true, bootTimeoutMs: 50, setupTimeoutMs: 1000, apiKey: undefined, needsConsent });
    },
    whenIdle: (start) => void idle.push(start),
  };
  const choice = chooseRuntime(input);
  return { choice, api, runIdle: () => idle.splice(0).forEach((f) => f()), idle, loads: () => loads };
}

const settle = () => new Promise((r) => setTimeout(r, 120));

describe('chooseRuntime: standby boot', () => {
  it('with the local runner, the standby WebContainer boot waits for whenSecondary (after the editor), not plain idle', async () => {
    const api = new FakeWebContainerApi();
    const idle: (() => void)[] = [];
    const secondary: (() => void)[] = [];
    chooseRuntime({
      preference: 'auto',
      local: localRuntime,
      localNodeVersion: async () => 'v24.11.0',
      support: { ok: true, needsConsent: false },
      loadWebContainer: async (needsConsent) =>
        createWebContainer({ loadApi: async () => api, reachable: async () => true, bootTimeoutMs: 50, setupTimeoutMs: 1000, apiKey: undefined, needsConsent }),
      whenIdle: (start) => void idle.push(start),
      whenSecondary: (start) => void secondary.push(start),
    });
    expect(idle).toHaveLength(0);
    expect(secondary).toHaveLength(1);
    secondary.splice(0).forEach((f) => f());
    await settle();
    expect(api.bootCalls).toBe(1);
  });
});

describe('chooseRuntime: automatic order', () => {
  it('with the local runner: local at once, WebContainer boots in the background when idle, no switch by itself', async () => {
    const { choice, api, runIdle, loads } = choose({ local: true });
    expect(choice.runtime).toBe(localRuntime);
    expect(api.bootCalls).toBe(0); // nothing before the page is idle, not even loading its code
    expect(loads()).toBe(0);
    runIdle();
    await settle();
    expect(api.bootCalls).toBe(1);
    expect(choice.runtime).toBe(localRuntime);
    const status = choice.status();
    expect(status.text).toBe('On this computer (local Node) · Node v24.11.0');
    expect(status.note).toBe('In your browser (WebContainer) is ready too (Node v22.22.0).');
    expect(status.action?.label).toBe('Run in your browser instead');
    // The learner may switch: then it is WebContainer, with a way back.
    status.action?.run();
    expect(choice.runtime?.kind).toBe('webcontainer');
    expect(choice.status().text).toBe('In your browser (WebContainer) · Node v22.22.0');
    choice.status().action?.run();
    expect(choice.runtime).toBe(localRuntime);
  });

  it('with the local runner and WebContainer failing: stays local and says why', async () => {
    const { choice, runIdle } = choose({ local: true, reachable: false });
    runIdle();
    await settle();
    expect(choice.runtime).toBe(localRuntime);
    expect(choice.status().note).toBe('WebContainer not in use (no network)');
    const timedOut = choose({ local: true, api: new FakeWebContainerApi('hang') });
    timedOut.runIdle();
    await settle();
    expect(timedOut.choice.runtime).toBe(localRuntime);
    expect(timedOut.choice.status().note).toMatch(/^WebContainer not in use \(it did not start within .+\)$/);
  });

  it('a static deployment: WebContainer, which a Run waits for; then its Node version', async () => {
    const { choice, runIdle } = choose({});
    expect(choice.runtime?.kind).toBe('webcontainer');
    expect(choice.status().text).toBe('In your browser (WebContainer) · starting…');
    runIdle();
    await settle();
    expect(choice.status().text).toBe('In your browser (WebContainer) · Node v22.22.0');
    expect(choice.status().action).toBeNull();
  });

  it('a static deployment: a Run before the boot waits for it, then runs (merged output, its Node version)', async () => {
    const { choice, api } = choose({});
    api.onSpawn = (p) =>
      queueMicrotask(() => {
        if (p.args.includes('--version')) p.print('v22.22.0\n');
        else if (p.args.some((a) => a.includes('probe'))) p.print('course-probe-ok\n');
        else p.print('hello from the container\n');
        p.exitWith(0);
      });
    const handle = choice.runtime?.run({ files: { 'main.ts': "console.log('hello')" }, entry: 'main.ts', timeLimitMs: 5000 });
    const events = [];
    for await (const event of handle?.events ?? []) events.push(event);
    expect(events.map((e) => e.type)).toEqual(['start', 'line', 'observed', 'exit']);
    expect(events[0]).toMatchObject({ runtime: 'webcontainer', nodeVersion: 'v22.22.0', merged: true });
    expect(events[1]).toMatchObject({ stream: 'merged', text: 'hello from the container' });
    expect(events[3]).toMatchObject({ reason: 'exited', code: 0 });
  });

  it('a static deployment where WebContainer cannot start: no runtime, and the reason says what to do', async () => {
    const { choice, runIdle } = choose({ reachable: false });
    runIdle();
    await settle();
    expect(choice.runtime).toBeNull();
    expect(choice.reason).toContain('Are you offline?');
    expect(choice.reason).toContain('npm start');
    expect(choice.status().text).toBe('Cannot run code here: no network');
  });

  it('a static deployment that is not cross-origin isolated: says so before any boot', () => {
    const { choice, api, idle } = choose({ support: { ok: false, problem: problems.notIsolated() } });
    expect(choice.runtime).toBeNull();
    expect(choice.reason).toContain('not cross-origin isolated');
    expect(choice.status().text).toBe('Cannot run code here: the page is not cross-origin isolated');
    expect(idle).toHaveLength(0);
    expect(api.bootCalls).toBe(0);
  });

  it('with the local runner on a page that cannot boot WebContainer: local, with a note', () => {
    const { choice, idle } = choose({ local: true, support: { ok: false, problem: problems.unsupportedBrowser('Safari 15.6') } });
    expect(choice.runtime).toBe(localRuntime);
    expect(choice.status().note).toBe('WebContainer not in use (Safari 15.6 is not supported)');
    expect(idle).toHaveLength(0);
  });

  it('on iOS without the local runner: waits for the learner before booting', async () => {
    const { choice, api, runIdle } = choose({ support: { ok: true, needsConsent: true } });
    runIdle();
    expect(api.bootCalls).toBe(0);
    const status = choice.status();
    expect(status.text).toBe('In your browser (WebContainer) · waiting for you');
    expect(status.action?.label).toBe('Start Node in your browser');
    status.action?.run();
    await settle();
    expect(api.bootCalls).toBe(1);
    expect(choice.status().text).toBe('In your browser (WebContainer) · Node v22.22.0');
  });
});

describe('chooseRuntime: the local runner not answering', () => {
  it('says so in the status, rather than letting every Run fail unexplained', async () => {
    const { choice } = choose({ preference: 'local', local: true, localHealth: async () => Promise.reject(new Error('HTTP 404')) });
    await settle();
    expect(choice.runtime).toBe(localRuntime);
    expect(choice.status().note).toContain('The local runner did not answer (HTTP 404)');
  });
});

describe('chooseRuntime: ?runtime= forces one', () => {
  it('?runtime=webcontainer boots at once even with the local runner, and never falls back', async () => {
    const { choice, api } = choose({ preference: 'webcontainer', local: true, reachable: false });
    expect(choice.runtime?.kind).toBe('webcontainer');
    await settle();
    expect(api.bootCalls).toBe(0);
    expect(choice.runtime).toBeNull();
    expect(choice.reason).toContain('could not be reached');
    expect(choice.reason).toContain('without `?runtime=webcontainer`');
  });

  it('?runtime=webcontainer on a page that cannot: the reason at once', () => {
    const { choice } = choose({ preference: 'webcontainer', support: { ok: false, problem: problems.notIsolated() } });
    expect(choice.runtime).toBeNull();
    expect(choice.reason).toContain('not cross-origin isolated');
  });

  it('?runtime=local uses the local runner and never touches WebContainer', async () => {
    const { choice, api, idle, loads } = choose({ preference: 'local', local: true });
    expect(choice.runtime).toBe(localRuntime);
    expect(idle).toHaveLength(0);
    await settle();
    expect(api.bootCalls).toBe(0);
    expect(loads()).toBe(0); // not even its code
    expect(choice.status()).toEqual({ text: 'On this computer (local Node) · Node v24.11.0', note: null, action: null });
  });

  it('?runtime=local without the local runner: says how to get it', () => {
    const { choice } = choose({ preference: 'local' });
    expect(choice.runtime).toBeNull();
    expect(choice.reason).toContain('`?runtime=local` asks for the local runtime');
    expect(choice.status().text).toBe('Cannot run code here: no local runtime');
  });
});

describe('chooseRuntime: leaving the page', () => {
  it('dispose cancels a boot not yet started and stops telling the old page about the host', async () => {
    const api = new FakeWebContainerApi();
    let cancelled = 0;
    const idle: (() => void)[] = [];
    const choice = chooseRuntime({
      preference: 'auto',
      local: null,
      support: { ok: true, needsConsent: false },
      loadWebContainer: async (needsConsent) =>
        createWebContainer({ loadApi: async () => api, reachable: async () => true, bootTimeoutMs: 50, setupTimeoutMs: 1000, apiKey: undefined, needsConsent }),
      whenIdle: (start) => {
        idle.push(start);
        return () => cancelled++;
      },
    });
    let changes = 0;
    choice.onChange(() => changes++);
    choice.dispose();
    expect(cancelled).toBe(1);
    // Even if the scheduler fires anyway, a disposed page's choice boots nothing and hears nothing.
    idle.splice(0).forEach((f) => f());
    await settle();
    expect(api.bootCalls).toBe(0);
    expect(changes).toBe(0);
  });

  it('the next page reuses the container the previous page booted (already ready, no second boot)', async () => {
    const api = new FakeWebContainerApi();
    let parts: ReturnType<typeof createWebContainer> | null = null;
    const input = (): ChooserInput => ({
      preference: 'auto',
      local: null,
      support: { ok: true, needsConsent: false },
      loadWebContainer: async (needsConsent) =>
        (parts ??= createWebContainer({ loadApi: async () => api, reachable: async () => true, bootTimeoutMs: 50, setupTimeoutMs: 1000, apiKey: undefined, needsConsent })),
      whenIdle: (start) => start(),
    });
    const first = chooseRuntime(input());
    await settle();
    expect(first.status().text).toBe('In your browser (WebContainer) · Node v22.22.0');
    first.dispose();
    const second = chooseRuntime(input());
    await settle();
    expect(second.status().text).toBe('In your browser (WebContainer) · Node v22.22.0');
    expect(api.bootCalls).toBe(1);
  });
});
