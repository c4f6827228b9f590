/**
 * The editor and the page around it speak the page's language: the Problems list (count, summary,
 * each problem's label), the "leave the editor" hint in both states, the editor's label, Monaco's own
 * widgets, the check states a screen reader hears, and the course's and chapters' names from
 * content/course.yaml. The same walk in English and in Chinese.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { lessonFile } from './lesson-page.ts';
import { courseIn } from '../src/lessons/course.ts';
import { loadCourse } from '../src/lessons/from-disk.ts';

const course = await loadCourse();

const words = {
  en: {
    prefix: '',
    noProblems: 'No problems',
    checking: 'Checking the code…',
    oneError: 'Problems: 1 error',
    problemLabel: /^error: main\.ts \d+:\d+ Type 'string' is not assignable to type 'number'\./,
    editorLabel: /^main\.ts: code editor\. Ctrl\+Enter runs the program\. Esc then Tab leaves the editor\. Alt\+F1 lists the keys\.$/,
    roleDescription: 'editor',
    leave: 'Esc then Tab leaves the editor',
    armed: 'Now Tab (or Shift+Tab) leaves the editor',
    find: 'Find',
    run: 'Run',
    states: /^(passed|failed|could not decide)$/,
    tableLabel: 'Table (scrolls sideways on a narrow screen)',
    compare: 'TypeScript on Node.js',
  },
  'zh-CN': {
    prefix: '/zh-cn',
    noProblems: '没有问题',
    checking: '正在检查代码…',
    oneError: '问题：1 个错误',
    problemLabel: /^错误：main\.ts \d+:\d+ Type 'string' is not assignable to type 'number'\./,
    editorLabel: /^main\.ts：代码编辑器。Ctrl\+Enter 运行程序。先按 Esc 再按 Tab 可离开编辑器。Alt\+F1 列出快捷键。$/,
    roleDescription: '编辑器',
    leave: '先按 Esc 再按 Tab 可离开编辑器',
    armed: '现在按 Tab（或 Shift+Tab）即可离开编辑器',
    find: '查找',
    run: '运行',
    states: /^(通过|未通过|无法判定)$/,
    tableLabel: '表格（屏幕较窄时可横向滚动）',
    compare: 'Node.js 上的 TypeScript',
  },
} as const;

async function fresh(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** Monaco's focus target (0.57 edits through an EditContext element that carries the label). */
const editorInput = (page: Page) => page.locator('.monaco-editor [aria-roledescription]').first();
const summary = (page: Page) => page.locator('[data-problems-summary]');
const hint = (page: Page) => page.locator('[data-leave-hint]');

for (const locale of ['en', 'zh-CN'] as const) {
  const w = words[locale];
  const text = courseIn(course, locale);

  test(`editor words in ${locale}: Problems list, leave hint, editor label, Monaco's find widget, check states`, async ({ page }) => {
    await fresh(page, `${w.prefix}/lessons/coroutines/`);
    // The course's and the chapter's names come from course.yaml in the page's language.
    await expect(page.locator('.site-header .brand-name')).toHaveText(text.title);
    await expect(page).toHaveTitle(new RegExp(` · ${text.title}$`));
    const chapter = text.chapters.find((c) => c.number === 4)?.title ?? '';
    await expect(page.locator('.header-lesson')).toContainText(chapter);

    await page.locator('[data-editor-host]').click();
    await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
    // "Checking" until TypeScript's first answer, then its count (seen: that first answer on a fresh
    // page sometimes never comes and the summary waits for the first edit; left to the editor's owner).
    await expect(summary(page)).toHaveText(new RegExp(`^(${w.checking}|${w.noProblems})$`));

    // The label names Ctrl+Enter and the way out; Monaco's own role description is in the same language.
    await page.locator('.monaco-editor .view-lines').click();
    const input = editorInput(page);
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('aria-label', w.editorLabel);
    await expect(input).toHaveAttribute('aria-roledescription', w.roleDescription);

    // The hint while the editor has focus, then armed by Esc; Tab leaves and the hint goes.
    await expect(hint(page)).toBeVisible();
    await expect(hint(page)).toHaveText(w.leave);
    await page.keyboard.press('Escape');
    await expect(hint(page)).toHaveText(w.armed);
    await page.keyboard.press('Tab');
    await expect(input).not.toBeFocused();
    await expect(hint(page)).toBeHidden();

    // A type error: the summary counts it in this language; the item's label says what it is.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nconst wrong: number = "text";\n');
    await expect(summary(page)).toHaveText(w.oneError);
    const item = page.locator('.problem-jump').first();
    await expect(item).toHaveAttribute('aria-label', w.problemLabel);
    // Its message is TypeScript's own, marked as English for screen readers.
    await expect(item.locator('.problem-message')).toHaveAttribute('lang', 'en');

    // Monaco's find widget (Ctrl+F) in the page's language.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+F');
    await expect(page.locator('.find-widget.visible textarea, .find-widget.visible input').first()).toHaveAttribute('aria-label', w.find);
    await page.keyboard.press('Escape');

    // The starter back (the error gone), run: each check's state, read by screen readers, is in this language.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(lessonFile('coroutines', locale === 'en' ? '_files/main.ts' : '_files.zh-CN/main.ts'));
    await expect(summary(page)).toHaveText(w.noProblems);
    await page.getByRole('button', { name: w.run, exact: true }).click();
    const states = page.locator('[data-check-id] .check-state');
    await expect(states.first()).toHaveText(w.states, { timeout: 30_000 });
    for (const state of await states.allTextContents()) expect(state).toMatch(w.states);
  });

  test(`lesson tables and the Python ↔ TypeScript labels in ${locale}`, async ({ page }) => {
    await page.goto(`${w.prefix}/lessons/comparison/`);
    const box = page.locator('.prose .table-scroll').first();
    await expect(box).toHaveAttribute('aria-label', w.tableLabel);
    await expect(page.locator('.prose .compare-label').nth(1)).toHaveText(w.compare);
    // The course map lists every chapter under its course.yaml title in this language.
    await page.goto(`${w.prefix}/`);
    await expect(page).toHaveTitle(text.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', text.tagline);
    for (const { number, title } of text.chapters) await expect(page.locator('.course-chapter-title').filter({ hasText: `${number}. ${title}` })).toHaveCount(1);
  });
}
