import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldLesson } from '../authoring/new-lesson.ts';
import { describe, expect, it } from 'vitest';
import { auditLesson, codeWithoutComments, lessonIds, mdxImports } from './translation-audit.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { parseCourse, untranslatedCourseFields } from '../lessons/course.ts';

const contentDir = join(process.cwd(), 'content');
const audits = lessonIds(contentDir).map((id) => auditLesson(contentDir, id));

describe('Chinese translations of the lessons', () => {
  it('lists what is not translated yet (a list, not a failure)', () => {
    const missing = audits.filter((a) => !a.translated).map((a) => a.id);
    const files = audits.flatMap((a) => (a.translated ? a.untranslatedFiles.map((f) => `${a.id}/_files/${f}`) : []));
    const courseFields = untranslatedCourseFields(parseCourse(readFileSync(join(contentDir, 'course.yaml'), 'utf8')), 'zh-CN');
    // Printed so authors see it in `npm test`; a lesson without translation falls back to English on its Chinese page.
    console.log(
      `Translations: ${audits.length - missing.length} of ${audits.length} lessons in Chinese.` +
        (missing.length ? `\n  Untranslated lessons: ${missing.join(', ')}` : '') +
        (files.length ? `\n  Starter files without a Chinese copy (English comments on Chinese pages): ${files.join(', ')}` : '') +
        (courseFields.length ? `\n  content/course.yaml without zh-CN (English on Chinese pages): ${courseFields.join(', ')}` : ''),
    );
    expect(audits.length).toBeGreaterThan(0);
  });

  it.each(audits.map((a) => [a.id, a] as const))('%s: keeps the hints, MDX imports and starter code of the English', (_id, audit) => {
    expect(audit.problems).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('ignores comments but sees any change of code', () => {
    const original = "// Wait, then end.\nconst a = `x ${1 + 2} y`; /* block */\nconst re = /\\/\\//g;\n";
    const translated = "// 等待，然后结束。\nconst a = `x ${1 + 2} y`; /* 块 */\nconst re = /\\/\\//g;\n";
    expect(codeWithoutComments(translated, 'main.ts')).toBe(codeWithoutComments(original, 'main.ts'));
    expect(codeWithoutComments(translated.replace('1 + 2', '1 + 3'), 'main.ts')).not.toBe(codeWithoutComments(original, 'main.ts'));
    // A translated string is a code change: learners' output would differ from what the checks expect.
    expect(codeWithoutComments(original.replace('x $', '甲 $'), 'main.ts')).not.toBe(codeWithoutComments(original, 'main.ts'));
  });

  it('reads MDX imports outside code fences only', () => {
    const body = "import A from './a.astro';\n\n```ts\nimport { fork } from 'node:child_process';\n```\n\nimport b from './b.ts?raw'\n";
    expect(mdxImports(body)).toEqual(["import A from './a.astro'", "import b from './b.ts?raw'"]);
  });
});

describe('UI catalogs', () => {
  // The type already requires every key; this catches an empty string slipped in as a placeholder.
  const leaves = (value: unknown, path: string): [string, unknown][] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`)) : [[path, value]];
  it('has every English key in Chinese, none empty', () => {
    const enKeys = leaves(en, '').map(([k]) => k);
    const zh = Object.fromEntries(leaves(zhCN, ''));
    expect(Object.keys(zh).sort()).toEqual(enKeys.sort());
    expect(Object.entries(zh).filter(([, v]) => v === '')).toEqual([]);
  });
});

describe('npm run new-lesson -- --zh', () => {
  it('scaffolds a translation the audit accepts, and the audit catches each kind of drift', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translation-audit-'));
    try {
      writeFileSync(join(dir, 'course.yaml'), 'title: Test course\ntagline: A course for this test.\nchapters:\n  3: Threads\n');
      scaffoldLesson({ id: 'new-one', contentDir: dir, zh: true });
      expect(auditLesson(dir, 'new-one')).toMatchObject({ translated: true, untranslatedFiles: [], problems: [] });
      const lesson = join(dir, 'new-one');
      writeFileSync(join(lesson, 'index.zh-CN.mdx'), "---\ntitle: 甲\nsummary: 乙\nhints: [一]\nchapter: 3\n---\n\nimport X from './x.astro';\n");
      writeFileSync(join(lesson, '_files.zh-CN', 'main.ts'), "console.log('改了代码');\n");
      mkdirSync(join(lesson, '_files.zh-CN', 'extra'));
      writeFileSync(join(lesson, '_files.zh-CN', 'extra', 'helper.ts'), '// 多出来的文件\n');
      const problems = auditLesson(dir, 'new-one').problems.join('\n');
      expect(problems).toContain('1 hints, but index.mdx has 2');
      expect(problems).toContain('MDX imports differ');
      expect(problems).toContain('only title, summary, hints belong');
      expect(problems).toContain('_files.zh-CN/main.ts: its code differs');
      expect(problems).toContain('_files.zh-CN/extra/helper.ts has no English original');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
