import { describe, expect, it } from 'vitest';
import { problems } from '../webcontainer/messages.ts';
import { actionOf, blocked, bootPlan, initialState, readPreference, runnable, statusOf, transition, type ChooserEvent, type ChooserState } from './machine.ts';

const ok = { ok: true, needsConsent: false } as const;
const ios = { ok: true, needsConsent: true } as const;
const offline = problems.noNetwork('https://stackblitz.com');
const apply = (state: ChooserState, ...events: ChooserEvent[]) => events.reduce(transition, state);

describe('readPreference', () => {
  it('reads ?runtime=', () => {
    expect(readPreference('?runtime=local')).toBe('local');
    expect(readPreference('?a=1&runtime=webcontainer')).toBe('webcontainer');
    expect(readPreference('')).toBe('auto');
    expect(readPreference('?runtime=docker')).toBe('auto');
  });
});

describe('the chooser machine: where it starts', () => {
  it('picks local when the page has the runner, WebContainer otherwise, nothing when neither can', () => {
    expect(initialState('auto', true, ok).active).toBe('local');
    expect(initialState('auto', false, ok).active).toBe('webcontainer');
    expect(initialState('auto', false, { ok: false, problem: problems.notIsolated() }).active).toBeNull();
    expect(initialState('local', false, ok).active).toBeNull();
    expect(initialState('webcontainer', true, ok).active).toBe('webcontainer');
  });

  it('boots WebContainer now when asked by name, after the editor beside local Node, at idle alone, never when forced local or on iOS beside local', () => {
    expect(bootPlan(initialState('webcontainer', true, ok))).toBe('now');
    expect(bootPlan(initialState('auto', true, ok))).toBe('after-editor');
    expect(bootPlan(initialState('auto', false, ok))).toBe('when-idle');
    expect(bootPlan(initialState('local', true, ok))).toBe('never');
    expect(bootPlan(initialState('auto', true, ios))).toBe('never');
    expect(bootPlan(initialState('auto', false, { ok: false, problem: problems.notIsolated() }))).toBe('never');
  });
});

describe('the chooser machine: transitions', () => {
  it('local Node: its version, then WebContainer starting, ready, and the learner switching over and back', () => {
    let state = initialState('auto', true, ok);
    expect(statusOf(state)).toEqual({ kind: 'local', version: null });
    state = apply(state, { type: 'local-version', version: 'v24.11.0' }, { type: 'webcontainer-loading' });
    expect(statusOf(state)).toEqual({ kind: 'local-webcontainer-starting', version: 'v24.11.0' });
    state = transition(state, { type: 'webcontainer-state', state: { phase: 'ready', nodeVersion: 'v22.22.0' } });
    const ready = statusOf(state);
    expect(ready).toEqual({ kind: 'local-webcontainer-ready', version: 'v24.11.0', webcontainerVersion: 'v22.22.0' });
    expect(actionOf(ready)).toBe('use-webcontainer');
    state = transition(state, { type: 'use', runtime: 'webcontainer' });
    expect(runnable(state)).toBe('webcontainer');
    expect(actionOf(statusOf(state))).toBe('use-local');
    state = transition(state, { type: 'use', runtime: 'local' });
    expect(runnable(state)).toBe('local');
  });

  it('a failed WebContainer beside local Node is a side note; as the only runtime it blocks Run', () => {
    const failed: ChooserEvent = { type: 'webcontainer-state', state: { phase: 'failed', problem: offline } };
    const beside = apply(initialState('auto', true, ok), failed);
    expect(runnable(beside)).toBe('local');
    expect(statusOf(beside)).toMatchObject({ kind: 'local-webcontainer-off', problem: offline });
    const alone = apply(initialState('auto', false, ok), failed);
    expect(runnable(alone)).toBeNull();
    expect(blocked(alone)).toEqual({ why: 'webcontainer', problem: offline, unforceHint: false });
  });

  it('forced WebContainer failing on a page with the runner says how to unforce it, and never falls back', () => {
    const state = apply(initialState('webcontainer', true, ok), { type: 'webcontainer-load-failed', problem: problems.loadFailed('chunk 404') });
    expect(runnable(state)).toBeNull();
    expect(blocked(state)).toMatchObject({ why: 'webcontainer', unforceHint: true, problem: { code: 'load-failed' } });
  });

  it('the local runner not answering shows in the status but keeps local as the runtime', () => {
    const state = apply(initialState('local', true, ok), { type: 'local-no-answer', detail: 'HTTP 404' });
    expect(runnable(state)).toBe('local');
    expect(statusOf(state)).toEqual({ kind: 'local-no-answer', version: null, detail: 'HTTP 404' });
  });

  it('iOS: WebContainer waits for the learner, and the button starts it', () => {
    let state = initialState('auto', false, ios);
    expect(statusOf(state)).toEqual({ kind: 'webcontainer-needs-consent' });
    expect(actionOf(statusOf(state))).toBe('allow-webcontainer');
    state = apply(state, { type: 'webcontainer-state', state: { phase: 'starting' } });
    expect(statusOf(state)).toEqual({ kind: 'webcontainer-starting', canGoBack: false });
    state = apply(state, { type: 'webcontainer-state', state: { phase: 'restarting' } });
    expect(statusOf(state)).toEqual({ kind: 'webcontainer-restarting', canGoBack: false });
  });

  it('a switch to a runtime the page does not have is ignored', () => {
    const noLocal = initialState('auto', false, ok);
    expect(transition(noLocal, { type: 'use', runtime: 'local' }).active).toBe('webcontainer');
    const unsupported = initialState('auto', true, { ok: false, problem: problems.notIsolated() });
    expect(transition(unsupported, { type: 'use', runtime: 'webcontainer' }).active).toBe('local');
  });

  it('?runtime=local without the runner blocks with its own reason', () => {
    const state = initialState('local', false, ok);
    expect(statusOf(state)).toEqual({ kind: 'cannot-run', blocked: { why: 'forced-local-missing' } });
  });
});
