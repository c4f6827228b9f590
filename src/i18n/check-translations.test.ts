/**
 * The check texts' translations (content/<lesson>/checks.zh-CN.yaml) against the English checks
 * (checks.ts): untranslated texts are listed; a translation whose check ids, hints, describes or
 * message keys differ from the English fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkMessages, checkTitles, exitsWith, printsValue, taskSet, type Check, type LessonChecks } from '../grader/index.ts';
import { auditCheckTexts, checkTextsFile, inlineMessages, parseCheckTexts } from '../lessons/check-texts.ts';
import { LessonError } from '../lessons/messages.ts';
import { lessonIds } from './translation-audit.ts';

const contentDir = join(process.cwd(), 'content');
const FILE = checkTextsFile('zh-CN');

const audits = await Promise.all(
  lessonIds(contentDir).map(async (id) => {
    const english = ((await import(pathToFileURL(join(contentDir, id, 'checks.ts')).href)) as { default: LessonChecks }).default;
    const path = join(contentDir, id, FILE);
    const where = `content/${id}/${FILE}`;
    const texts = existsSync(path) ? parseCheckTexts(readFileSync(path, 'utf8'), where) : undefined;
    const inline = inlineMessages(readFileSync(join(contentDir, id, 'checks.ts'), 'utf8'), `content/${id}/checks.ts`);
    // Titles as a Chinese page shows them: a task noun the lesson has not translated shows as a note.
    const notes = checkTitles(english.checks, 'zh-CN', texts).filter((c) => c.title.endsWith(checkMessages('zh-CN').untranslated)).map((c) => `${where}: title of "${c.id}": ${c.title}`);
    return { id, inline, notes, ...auditCheckTexts(english, texts, where) };
  }),
);

describe('Chinese check texts of the lessons', () => {
  it('lists what is not translated yet (a list, not a failure)', () => {
    const open = audits.filter((a) => a.untranslated.length > 0);
    const count = open.reduce((n, a) => n + a.untranslated.length, 0);
    // Printed so authors see it in `npm test` (one line per lesson); such a text shows in English, with a note, on Chinese pages.
    console.log(
      `Check texts: ${count} not in Chinese yet` +
        (open.length ? `:\n  ${open.map((a) => `${a.id}: ${a.untranslated.map((u) => u.slice(u.indexOf(': ') + 2)).join('; ')}`).join('\n  ')}` : '.'),
    );
    expect(audits.length).toBeGreaterThan(0);
  });

  it.each(audits.map((a) => [a.id, a] as const))('%s: has the same checks, hints and messages as checks.ts', (_id, audit) => {
    expect(audit.problems).toEqual([]);
  });

  it.each(audits.map((a) => [a.id, a] as const))('%s: every check title is in Chinese (its task nouns translated under `nouns`)', (_id, audit) => {
    expect(audit.notes).toEqual([]);
  });

  it.each(audits.map((a) => [a.id, a] as const))('%s: every verdict message of checks.ts goes through a key (none inline)', (_id, audit) => {
    expect(audit.inline).toEqual([]);
  });
});

describe('the check-text audit itself', () => {
  const tasks = taskSet({ kind: 'coroutine', start: /^s (?<task>\w)/, end: /^e (?<task>\w)/, expected: ['A'] });
  const custom: Check = {
    id: 'custom',
    title: 'Says hi',
    messages: { missing: 'No hi from {who}.' },
    evaluate: (_view, { say }) => ({ status: 'fail', message: say('missing', { who: 'main' }) }),
  };
  const english: LessonChecks = {
    checks: [exitsWith(0), tasks.overlap({ hint: 'Start both.' }), printsValue(/^v (?<value>\d+)$/, '1', { id: 'value', title: 'Prints 1' }), custom],
  };
  const where = 'content/x/checks.zh-CN.yaml';

  it('accepts a complete translation', () => {
    const texts = parseCheckTexts('checks:\n  tasks-overlap: { hint: 先都启动。 }\n  value: { title: 打印 1 }\n  custom: { title: 打招呼, messages: { missing: "{who} 没有打招呼。" } }\n', where);
    expect(auditCheckTexts(english, texts, where)).toEqual({ untranslated: [], problems: [] });
  });

  it('fails on a check, hint or message the English does not have, a dropped hint, or an unknown placeholder', () => {
    const texts = parseCheckTexts(
      'checks:\n  tasks-overlap: { title: 同时 }\n  value: { title: 打印 1, hint: 多出来的 }\n  custom: { title: 打招呼, messages: { missing: "{whom} 没有。", extra: 多 } }\n  gone: { title: 不存在 }\n',
      where,
    );
    const problems = auditCheckTexts(english, texts, where).problems.join('\n');
    expect(problems).toContain('check "gone" is not in checks.ts');
    expect(problems).toContain('check "tasks-overlap" has no hint, but checks.ts gives it one');
    expect(problems).toContain('check "tasks-overlap" has a title, but checks.ts uses the built-in one');
    expect(problems).toContain('check "value" has a hint, but checks.ts gives it none');
    expect(problems).toContain('message "missing" of check "custom" uses {whom}, which checks.ts does not fill in (it has {who})');
    expect(problems).toContain('check "custom" has message "extra", which checks.ts does not have');
  });

  it('fails when a check with texts is left out, and lists missing titles and messages', () => {
    const audit = auditCheckTexts(english, parseCheckTexts('checks:\n  custom: {}\n', where), where);
    expect(audit.problems.join('\n')).toContain('check "tasks-overlap" is missing');
    expect(audit.untranslated).toEqual([`${where}: title of check "custom"`, `${where}: message "missing" of check "custom"`]);
    // No file at all: everything is listed as untranslated, nothing fails.
    expect(auditCheckTexts(english, undefined, where).problems).toEqual([]);
    expect(auditCheckTexts(english, undefined, where).untranslated).toHaveLength(3);
  });

  it('fails on a message written inline, also inside a helper or guard wrapper, and passes say(key)', () => {
    const source = [
      "const guard = (check) => ({ ...check, evaluate: (v, c) => ({ status: 'fail', message: c.say('noProbe') }) });",
      'const inner = guard({',
      "  evaluate: (v, { say }) => (v ? { status: 'pass', message: say('ok', { n: 1 }) } : { status: 'fail', message:",
      '    `Only ${v} in English.` }),',
      '});',
      "const other = { evaluate: () => ({ status: 'fail', message: NO_LINE }) };",
      "const passed = { evaluate: (v, ctx) => ({ status: 'pass', message: verdict.message }) };",
    ].join('\n');
    expect(inlineMessages(source, 'content/x/checks.ts')).toEqual([
      expect.stringMatching(/^content\/x\/checks\.ts:3: a verdict message written inline/),
      expect.stringMatching(/^content\/x\/checks\.ts:6: /),
    ]);
  });

  it('names the file and field of a malformed translation', () => {
    expect(() => parseCheckTexts('checks:\n  value: { titel: 打印 1 }\n', where)).toThrow(LessonError);
    expect(() => parseCheckTexts('checks:\n  value: { titel: 打印 1 }\n', where)).toThrow(/content\/x\/checks\.zh-CN\.yaml: .*unrecognized|titel/);
    expect(() => parseCheckTexts('checks: [\n', where)).toThrow(/not valid YAML/);
  });
});
