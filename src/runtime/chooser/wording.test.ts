import { describe, expect, it } from 'vitest';
import { problems } from '../webcontainer/messages.ts';
import type { Status } from './machine.ts';
import { reasonText, statusWords, wordsFor } from './wording.ts';

const problem = problems.noNetwork('https://stackblitz.com');
/** One of each of the status line's states (the `Record` makes a new state without an example a type error). */
const examples: Record<Status['kind'], Status> = {
  'cannot-run': { kind: 'cannot-run', blocked: { why: 'forced-local-missing' } },
  local: { kind: 'local', version: 'v24.11.0' },
  'local-no-answer': { kind: 'local-no-answer', version: null, detail: 'HTTP 404' },
  'local-webcontainer-off': { kind: 'local-webcontainer-off', version: 'v24.11.0', problem },
  'local-webcontainer-starting': { kind: 'local-webcontainer-starting', version: 'v24.11.0' },
  'local-webcontainer-ready': { kind: 'local-webcontainer-ready', version: 'v24.11.0', webcontainerVersion: 'v22.22.0' },
  'webcontainer-starting': { kind: 'webcontainer-starting', canGoBack: true },
  'webcontainer-restarting': { kind: 'webcontainer-restarting', canGoBack: false },
  'webcontainer-needs-consent': { kind: 'webcontainer-needs-consent' },
  'webcontainer-ready': { kind: 'webcontainer-ready', version: 'v22.22.0', canGoBack: true },
};
const han = /\p{Script=Han}/u;

describe('the status line in both languages', () => {
  it.each(Object.values(examples))('$kind has its own English and Chinese words', (status) => {
    const [enWords, zhWords] = [wordsFor('en'), wordsFor('zh-CN')];
    const en = statusWords(status, enWords);
    const zh = statusWords(status, zhWords);
    // Runtime names, versions and the problem's own text (worded elsewhere) aside, what is left must be in the page's language.
    const own = (text: string | null | undefined, w: typeof enWords) =>
      (text ?? '').replaceAll(w.localLabel, '').replaceAll(w.webcontainerLabel, '').replaceAll(problem.short, '').replaceAll(problem.message, '').replace(/Node v[\d.]+|HTTP 404/g, '');
    const pairs = [[en.text, zh.text], [en.note, zh.note], [en.action?.label, zh.action?.label]] as const;
    expect(en.text).not.toBe('');
    for (const [a, b] of pairs) {
      expect(a == null).toBe(b == null);
      expect(own(a, enWords)).not.toMatch(han);
      if (/[a-z]{2,}/i.test(own(a, enWords))) expect(own(b, zhWords)).toMatch(han);
    }
  });

  it('names the version it runs on and what the button does', () => {
    expect(statusWords(examples['local-webcontainer-ready'], wordsFor('en'))).toMatchObject({
      text: 'On this computer (local Node) · Node v24.11.0',
      note: 'In your browser (WebContainer) is ready too (Node v22.22.0).',
      action: { label: 'Run in your browser instead', does: 'use-webcontainer' },
    });
    expect(statusWords(examples['webcontainer-restarting'], wordsFor('en')).action).toBeNull();
    expect(statusWords(examples['local-no-answer'], wordsFor('zh-CN')).note).toContain('HTTP 404');
  });

  it('a blocked Run says what to do, and how to unforce WebContainer when the page has local Node', () => {
    expect(reasonText({ why: 'forced-local-missing' }, wordsFor('en'))).toContain('`?runtime=local` asks for the local runtime');
    expect(reasonText({ why: 'webcontainer', problem, unforceHint: true }, wordsFor('en'))).toBe(`${problem.message} To run on this computer instead, open this page without \`?runtime=webcontainer\`.`);
    expect(reasonText({ why: 'webcontainer', problem, unforceHint: true }, wordsFor('zh-CN'))).toContain('不带 `?runtime=webcontainer`');
  });
});
