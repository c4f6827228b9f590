import { describe, expect, it } from 'vitest';
import { deferredRuntime } from './deferred-runtime.ts';
import type { RunEvent } from '../run-contract/events.ts';
import type { RunHandle, Runtime } from './runtime.ts';

const request = { files: { 'main.ts': '' }, entry: 'main.ts', timeLimitMs: 1000 };

async function events(handle: RunHandle): Promise<RunEvent[]> {
  const out: RunEvent[] = [];
  for await (const event of handle.events) out.push(event);
  return out;
}

describe('deferredRuntime', () => {
  it('passes the real runtime’s events on once it has loaded, and Stop through to it', async () => {
    let stops = 0;
    const real: Runtime = {
      kind: 'webcontainer',
      label: 'x',
      run: () => ({
        events: (async function* () {
          yield { type: 'exit', code: 0, signal: null, reason: 'exited', durationMs: 1 } satisfies RunEvent;
        })(),
        stop: () => stops++,
      }),
    };
    const runtime = deferredRuntime('webcontainer', 'x', async () => real);
    const handle = runtime.run(request);
    const got = await events(handle);
    expect(got).toEqual([{ type: 'exit', code: 0, signal: null, reason: 'exited', durationMs: 1 }]);
    handle.stop();
    expect(stops).toBe(1);
  });

  it('Stop before it loads ends the run as stopped; a failed load ends it with a message', async () => {
    const never = deferredRuntime('webcontainer', 'In your browser', () => new Promise<Runtime>(() => {}));
    const handle = never.run(request);
    setTimeout(() => handle.stop(), 5);
    expect(await events(handle)).toMatchObject([{ type: 'exit', reason: 'stopped' }]);
    const broken = deferredRuntime('webcontainer', 'In your browser', async () => {
      throw new Error('chunk failed');
    });
    const [exit] = await events(broken.run(request));
    expect(exit).toMatchObject({ type: 'exit', reason: 'error' });
    expect(exit?.type === 'exit' && exit.message).toContain('chunk failed');
  });
});
