import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { lessonFile, replaceCode } from './lesson-page.ts';

// Console errors fail a test, with one written exception: the WebContainer network probe fetches
// stackblitz.com, which this offline machine cannot resolve (ERR_NAME_NOT_RESOLVED); the status line
// then says WebContainer is unavailable, and runs use the local runtime.
const ALLOWED_CONSOLE = [/ERR_NAME_NOT_RESOLVED/];

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ALLOWED_CONSOLE.some((re) => re.test(message.text()))) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

async function fresh(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** What the walk reads on screen, per language. */
const words = {
  en: {
    prefix: '',
    run: 'Run',
    checks: 'Checks',
    failed: /\d+ of \d+ passed, \d+ failed/,
    passed: /All \d+ checks passed/,
    hint: 'Hint 1',
    hintText: 'dry cleaner',
    menu: 'Lessons',
    chapter: 'Coroutines',
    next: /Next lesson:/,
    switchTo: '中文',
    runtime: /On this computer/,
  },
  'zh-CN': {
    prefix: '/zh-cn',
    run: '运行',
    checks: '检查',
    failed: /\d+ 项中通过 \d+ 项，失败 \d+ 项/,
    passed: /全部 \d+ 项检查通过/,
    hint: '提示 1',
    hintText: '干洗店',
    menu: '课程',
    chapter: '协程',
    next: /下一课：/,
    switchTo: 'English',
    runtime: /在这台电脑上/,
  },
} as const;

for (const locale of ['en', 'zh-CN'] as const) {
  const w = words[locale];
  test(`learner walk in ${locale}: edit, a failing check, hints, a passing run, course map, language switch keeps lesson and code`, async ({ page }) => {
    const errors = watchErrors(page);
    await fresh(page, `${w.prefix}/lessons/coroutines/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const lang of ['en', 'zh-CN', 'x-default']) await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh-cn\/lessons\/coroutines\/$/);
    await expect(page.locator('[data-runtime-text]')).toHaveText(w.runtime);

    // A wrong edit: runs, and a check fails with its message on screen.
    await replaceCode(page, "console.log('task A started');\n");
    await page.getByRole('button', { name: w.run, exact: true }).click();
    await expect(page.locator('[data-checks-summary]')).toHaveText(w.failed, { timeout: 30_000 });
    await expect(page.getByRole('list', { name: w.checks }).locator('[data-status="fail"] .check-message').first()).toBeVisible();

    // Hints, one at a time, in the page's language.
    await page.getByText(w.hint, { exact: true }).click();
    await expect(page.locator('.hint[open] p')).toContainText(w.hintText);

    // The reference solution typed in: every check passes and the next lesson is offered.
    await replaceCode(page, lessonFile('coroutines', '_solution/main.ts'));
    await page.getByRole('button', { name: w.run, exact: true }).click();
    await expect(page.locator('[data-checks-summary]')).toHaveText(w.passed, { timeout: 30_000 });
    await expect(page.locator('[data-next-prompt] a')).toHaveText(w.next);
    await expect(page.locator('[data-next-prompt] a')).toHaveAttribute('href', new RegExp(`^${w.prefix}/lessons/`));

    // The course map in the menu: this language's chapter titles and links, the lesson marked done.
    await page.locator('.course-menu > summary').click();
    const map = page.locator('.course-menu-panel');
    await expect(map).toContainText(w.chapter);
    await expect(map.locator('a[aria-current="page"]')).toHaveAttribute('href', `${w.prefix}/lessons/coroutines/`);
    await expect(map.locator('[data-progress-for="coroutines"]')).toHaveAttribute('data-progress', 'passed');
    await page.keyboard.press('Escape');

    // The switch: same lesson in the other language, the learner's code with it, no "starter changed" note.
    await page.locator('.site-header [data-language-switch]').first().click();
    const other = locale === 'en' ? '/zh-cn' : '';
    await expect(page).toHaveURL(new RegExp(`${other}/lessons/coroutines/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'zh-CN' : 'en');
    await expect(page.locator('[data-preview="main.ts"] code')).toContainText('Promise.all');
    await expect(page.locator('[data-output]')).not.toContainText(/starter files changed|初始文件有了变化/);
    expect(await page.evaluate(() => localStorage.getItem('course:locale'))).toBe(locale === 'en' ? 'zh-CN' : 'en');
    // The verdict is shared too: the other language's course map marks the lesson done.
    await expect(page.locator('.course-menu-panel [data-progress-for="coroutines"]')).toHaveAttribute('data-progress', 'passed');
    expect(errors).toEqual([]);
  });
}

test('checks speak Chinese on a Chinese lesson page: the starter fails with a Chinese title, message and hint; the solution passes every Chinese-titled check', async ({ page }, testInfo) => {
  // Two graded runs (about 5 s and 3 s of program time) plus the editor's first load: on this shared
  // 2-core machine (load average ~50 when measured) that alone took 60 s, so it gets the slow budget.
  test.slow();
  const errors = watchErrors(page);
  await fresh(page, '/zh-cn/lessons/coroutines/');
  const checks = page.getByRole('list', { name: '检查' });
  // Listed in Chinese before any run (built-in titles from the catalog, the lesson's own from checks.zh-CN.yaml).
  await expect(checks.locator('[data-check-id="tasks-overlap"] .check-title')).toHaveText('各个任务同时运行');
  await expect(checks.locator('[data-check-id="one-process"] .check-title')).toHaveText('两个任务在同一个进程里运行（pid 相同）');

  // The starter as given: A, then B, one after the other.
  await page.getByRole('button', { name: '运行', exact: true }).click();
  await expect(page.locator('[data-checks-summary]')).toHaveText(/\d+ 项中通过 \d+ 项，失败 \d+ 项/, { timeout: 30_000 });
  const overlap = checks.locator('[data-check-id="tasks-overlap"]');
  await expect(overlap).toHaveAttribute('data-status', 'fail');
  await expect(overlap.locator('.check-title')).toHaveText('各个任务同时运行');
  await expect(overlap.locator('.check-state')).toHaveText('未通过');
  const message = overlap.locator('.check-message');
  await expect(message).toBeVisible();
  await expect(message).toContainText('任务 B 直到任务 A 结束之后才开始'); // the built-in message
  await expect(message).toContainText('在 await 任何一个之前先启动两个任务'); // the lesson's hint
  await expect(message).not.toContainText(/started only after|Start both tasks/);
  // Nothing on the panel fell back to English.
  await expect(checks).not.toContainText('尚无中文翻译');
  await page.locator('section.checks').screenshot({ path: testInfo.outputPath('zh-failing-check.png') });

  // The reference solution: every check passes, each titled and explained in Chinese.
  await replaceCode(page, lessonFile('coroutines', '_solution/main.ts'));
  await page.getByRole('button', { name: '运行', exact: true }).click();
  await expect(page.locator('[data-checks-summary]')).toHaveText(/全部 \d+ 项检查通过/, { timeout: 30_000 });
  const titles = await checks.locator('.check-title').allTextContents();
  expect(titles.length).toBeGreaterThan(5);
  for (const title of titles) expect(title, 'a Chinese check title').toMatch(/[\u4e00-\u9fff]/);
  for (const text of await checks.locator('.check-message').allTextContents()) expect(text, 'a Chinese check message').toMatch(/[\u4e00-\u9fff]/);
  await expect(checks.locator('[data-status="pass"] .check-state').first()).toHaveText('通过');
  await page.locator('section.checks').screenshot({ path: testInfo.outputPath('zh-passing-checks.png') });
  expect(errors).toEqual([]);
});

test('Reset on a Chinese page brings back the Chinese starter (its comments translated)', async ({ page }) => {
  const errors = watchErrors(page);
  await fresh(page, '/zh-cn/lessons/processes/');
  const chinese = lessonFile('processes', '_files.zh-CN/main.ts');
  const comment = chinese.split('\n').find((line) => /^\s*\/\/.*[\u4e00-\u9fff]/.test(line))?.trim() ?? '';
  expect(comment, 'a translated comment in the Chinese starter').not.toBe('');
  await replaceCode(page, "console.log('mine');\n");
  await page.getByRole('button', { name: '重置', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重置' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(comment.slice(0, 12));
  expect(errors).toEqual([]);
});

test('a first visit is offered the browser’s language in a note, never redirected; the note can be dismissed', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const note = page.locator('[data-locale-note]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('本课程也有中文版');
  await expect(note.getByRole('link')).toHaveAttribute('href', '/zh-cn/');
  await note.getByRole('button').click();
  await expect(note).toBeHidden();
  await page.reload();
  await expect(page.locator('[data-locale-note]')).toBeHidden();
  // A Chinese reader on the Chinese page is not offered anything.
  const fresh = await context.newPage();
  await fresh.goto('/zh-cn/');
  await fresh.evaluate(() => localStorage.clear());
  await fresh.reload();
  await expect(fresh.locator('[data-locale-note]')).toBeHidden();
  expect(errors).toEqual([]);
  await context.close();
});

test('the home pages name the article and map its sections to lessons; lessons link the glossary', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/zh-cn/');
  await expect(page.locator('[data-article-source]')).toContainText('《深入浅出Python多线程、多进程、协程》');
  const rows = page.locator('.article-map tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.first().locator('a').first()).toHaveAttribute('href', /^\/zh-cn\/lessons\//);
  await page.goto('/');
  await expect(page.locator('[data-article-source]')).toContainText('深入浅出Python多线程、多进程、协程');
  await expect(page.locator('[data-article-source]')).toContainText('May 2025');
  await page.locator('[data-glossary-link]').click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.locator('.glossary-entry').first()).toBeVisible();

  await page.goto('/zh-cn/lessons/processes/');
  const link = page.locator('.prose .glossary-link').first();
  await expect(link).toHaveAttribute('href', /^\/zh-cn\/glossary\/#[a-z0-9-]+$/);
  const target = (await link.getAttribute('href'))!.split('#')[1]!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/zh-cn/glossary/#${target}$`));
  await expect(page.locator(`#${target}`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('Chinese on a phone: no sideways scroll on the home, a lesson and the glossary', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/zh-cn/', '/zh-cn/lessons/processes/', '/zh-cn/lessons/comparison/', '/zh-cn/glossary/']) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
  expect(errors).toEqual([]);
});

// The browser prefers English, so Chinese pages show the note offering English: it is scanned too.
for (const theme of ['light', 'dark'] as const) {
  for (const [path, width] of [['/zh-cn/', 1400], ['/zh-cn/lessons/comparison/', 1400], ['/zh-cn/lessons/cancel-and-timeout/', 390], ['/zh-cn/glossary/', 1400], ['/glossary/', 390]] as const) {
    test(`axe finds nothing on ${path} at ${width} px (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      if (path.startsWith('/zh-cn/')) await expect(page.locator('[data-locale-note]')).toBeVisible();
      const results = await new AxeBuilder({ page }).exclude('[data-editor-host]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}
