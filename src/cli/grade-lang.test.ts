/**
 * `npm run grade -- … --lang zh-CN` (or a Chinese LANG): every report format carries the Chinese
 * check titles, messages and the lesson's hints. The real CLI in a child process on the fixture
 * lesson (a frozen copy of coroutines with its checks.zh-CN.yaml), the runs concurrent.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeCli } from '../../test-support/grade-cli.ts';
import { FIXTURE_CONTENT_DIR } from '../lessons/fixture.ts';
import { localeFromEnv, reportLocale } from './report-language.ts';

const T = 90_000;
// Chinese texts of the failing overlap check: its built-in title, its message, and the lesson's hint.
const TITLE = '各个任务同时运行';
const MESSAGE = '直到任务 A 结束之后才开始';
const HINT = '在 await 任何一个之前先启动两个任务';

const grade = (args: string[], locale: Record<string, string> = {}) => gradeCli(args, locale);

let root = '';
let sequential = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'grade-lang-test-'));
  sequential = path.join(root, 'main.ts');
  await writeFile(sequential, await readFile(path.join(FIXTURE_CONTENT_DIR, 'coroutines/_wrong/sequential/main.ts'), 'utf8'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe.concurrent('grade --lang zh-CN', () => {
  it.each(['text', 'json', 'junit', 'tap'])(
    '--format %s carries the Chinese title, message and hint',
    async (format) => {
      const { code, stdout, stderr } = await grade(['coroutines', sequential, '--format', format, '--lang', 'zh-CN']);
      expect(stderr).not.toContain('Unknown');
      expect(code).toBe(1);
      for (const text of [TITLE, MESSAGE, HINT]) expect(stdout).toContain(text);
      expect(stdout).not.toContain('The tasks run at the same time');
      if (format === 'json') {
        const overlap = (JSON.parse(stdout) as { tests: { name: string; message?: string }[] }).tests.find((t) => t.name === TITLE);
        expect(overlap?.message).toContain(HINT);
      }
    },
    T,
  );

  it(
    '--format html sets lang="zh-CN" and shows Chinese titles',
    async () => {
      const { code, stdout } = await grade(['coroutines', sequential, '--format', 'html', '--lang', 'zh-CN']);
      expect(code).toBe(1);
      expect(stdout).toContain('<html lang="zh-CN">');
      for (const text of [TITLE, MESSAGE, HINT]) expect(stdout).toContain(text);
    },
    T,
  );

  it(
    'LANG=zh_CN.UTF-8 without --lang reports in Chinese; --lang en overrides it',
    async () => {
      const [zh, en] = await Promise.all([
        grade(['coroutines', sequential, '--format', 'json'], { LANG: 'zh_CN.UTF-8' }),
        grade(['coroutines', sequential, '--format', 'json', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' }),
      ]);
      for (const text of [TITLE, MESSAGE, HINT]) expect(zh.stdout).toContain(text);
      expect(en.stdout).toContain('The tasks run at the same time');
      expect(en.stdout).not.toContain(TITLE);
    },
    T,
  );

  it('an unknown --lang value is a usage error that lists the choices', async () => {
    const { code, stdout, stderr } = await grade(['coroutines', sequential, '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown language "fr" for --lang: use one of en, zh-CN.');
  }, T);
});

describe('the report language from the environment', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnv({ LANG: 'zh_CN' })).toBe('zh-CN');
    expect(localeFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnv({ LC_ALL: '', LANG: 'zh_CN.GB18030' })).toBe('zh-CN');
  });

  it('checks --lang and suggests the spelling it knows', () => {
    expect(reportLocale('zh-CN', {})).toBe('zh-CN');
    expect(reportLocale('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(() => reportLocale('zh_cn', {})).toThrow('did you mean zh-CN?');
  });
});
