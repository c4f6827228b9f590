import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openLesson } from './lesson-page.ts';

// Page errors and console errors fail every test (./fixtures.ts).

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
const lessonIds = readdirSync(contentDir).filter((id) => existsSync(join(contentDir, id, 'index.mdx')) && existsSync(join(contentDir, id, 'checks.ts')));

const lessonsMenu = (page: Page) => page.locator('details.course-menu');
const moreMenu = (page: Page) => page.locator('[data-more-menu]');

async function passWithSolution(page: Page) {
  await moreMenu(page).locator('summary').click();
  await page.getByRole('button', { name: 'Show solution…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Show solution' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('[data-checks-summary]')).toHaveText(/All \d+ checks passed/, { timeout: 30_000 });
}

test.describe('menus', () => {
  test('Esc closes the Lessons menu and gives focus back to its button', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    const summary = lessonsMenu(page).locator('summary');
    await summary.click();
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeVisible();
    // Focus inside the panel, as a keyboard user moving through the lessons would have it.
    await page.getByRole('navigation', { name: 'Course' }).getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();
    await expect(summary).toBeFocused();
    expect(page.url()).toMatch(/\/lessons\/coroutines\/$/);
  });

  test('a click outside closes the Lessons menu, and a click on More opens More instead of a lesson', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    await lessonsMenu(page).locator('summary').click();
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();

    await lessonsMenu(page).locator('summary').click();
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeVisible();
    // The click goes where a learner aims, at More's own position on screen.
    const more = moreMenu(page).locator('summary');
    const box = await more.boundingBox();
    if (!box) throw new Error('More is not on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/lessons\/coroutines\/$/);
    await expect(lessonsMenu(page)).not.toHaveAttribute('open');
    await expect(page.getByRole('button', { name: 'Show solution…' })).toBeVisible();
  });

  test('Esc closes More and focus returns to it; a click outside closes it too', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    const summary = moreMenu(page).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Download my work (.zip)' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show solution…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Download my work (.zip)' })).toBeHidden();
    await expect(summary).toBeFocused();

    await summary.click();
    await expect(page.getByRole('button', { name: 'Download my work (.zip)' })).toBeVisible();
    await page.locator('[data-output]').click();
    await expect(page.getByRole('button', { name: 'Download my work (.zip)' })).toBeHidden();
  });

  test('Tab out of an open menu leaves it closed', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    const summary = moreMenu(page).locator('summary');
    await summary.click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
    await page.keyboard.press('Tab');
    await expect(moreMenu(page)).not.toHaveAttribute('open');
  });
});

test.describe('workspace layout', () => {
  test('Output is tall enough for a stack trace and can be resized; the file name sits above the editor', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    const output = page.locator('[data-output]');
    const lineHeight = await output.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const { height } = (await output.boundingBox()) ?? { height: 0 };
    expect(height / lineHeight, 'lines of Output visible at once').toBeGreaterThanOrEqual(12);
    expect(await output.evaluate((el) => getComputedStyle(el).resize)).toBe('vertical');
    const tab = page.getByRole('tab', { name: 'main.ts' });
    await expect(tab).toBeVisible();
    const tabBox = await tab.boundingBox();
    const editorBox = await page.locator('[data-editor-host]').boundingBox();
    expect(tabBox && editorBox && tabBox.y + tabBox.height <= editorBox.y + 1).toBe(true);
    expect(tabBox!.height).toBeGreaterThan(20);
  });

  test('the runtime status stays on one line', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    const status = page.locator('[data-runtime-status]');
    await expect(status).toContainText(/Node/);
    const lineHeight = await status.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const box = await status.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(lineHeight + 1);
  });

  test('after a failing run the first failed check is on screen, and Output and timeline read one clock', async ({ page }) => {
    await openLesson(page, 'coroutines');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.locator('[data-checks-summary]')).toHaveText(/failed/, { timeout: 30_000 });
    const firstFailed = page.getByRole('list', { name: 'Checks' }).locator('[data-status="fail"]').first();
    await expect(firstFailed).toBeInViewport();
    await expect(page.locator('[data-next-prompt]')).toBeHidden();

    // The starter runs A then B; the timeline draws both from the same lines Output shows.
    await expect(page.locator('.timeline-bar')).toHaveCount(2);
    const outputTime = async (text: RegExp) => {
      const row = page.locator('.out-line').filter({ hasText: text }).first();
      return (await row.locator('.out-time').textContent())!.replace(/s$/, '');
    };
    const bar = async (task: string) => (await page.locator('.timeline-bar title').filter({ hasText: new RegExp(`^${task}:`) }).textContent())!;
    const a = await bar('A');
    const b = await bar('B');
    const [, aStart, aEnd] = /: ([\d.]+)–([\d.]+) s/.exec(a)!;
    const [, bStart, bEnd] = /: ([\d.]+)–([\d.]+) s/.exec(b)!;
    expect(await outputTime(/task A started/)).toBe(aStart);
    expect(await outputTime(/task A finished/)).toBe(aEnd);
    expect(await outputTime(/task B started/)).toBe(bStart);
    expect(await outputTime(/task B finished/)).toBe(bEnd);
    await expect(page.locator('.out-time').first()).toHaveText('0.00s');
    await expect(page.locator('#clock-note')).toHaveText(/since the first line/);
  });

  test('when every check passes, a prompt leads to the next lesson', async ({ page }) => {
    await openLesson(page, 'coroutines');
    await passWithSolution(page);
    const prompt = page.locator('[data-next-prompt]');
    await expect(prompt).toBeInViewport();
    const next = prompt.getByRole('link', { name: /Next lesson:/ });
    const title = (await next.textContent())!.replace(/^Next lesson: | →$/g, '');
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('[data-next-prompt]')).toBeHidden();
  });
});

test.describe('phones', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a Lesson / Code switch puts the editor at the top of the screen', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    const code = page.getByRole('button', { name: 'Code', exact: true });
    const lesson = page.getByRole('button', { name: 'Lesson', exact: true });
    await expect(lesson).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-editor-host]')).toBeHidden();
    await code.tap();
    await expect(code).toHaveAttribute('aria-pressed', 'true');
    const editor = page.locator('[data-editor-host]');
    await expect(editor).toBeInViewport();
    const top = await editor.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(250);
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeInViewport();
    await lesson.tap();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(editor).toBeHidden();
  });

  test('the Lessons menu is a sheet that a tap outside closes without following a link', async ({ page }) => {
    await page.goto('/lessons/coroutines/');
    await lessonsMenu(page).locator('summary').tap();
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeVisible();
    await page.mouse.click(200, 830);
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();
    await expect(page).toHaveURL(/\/lessons\/coroutines\/$/);
  });
});

/** Code blocks in the lesson text (Python ↔ TypeScript comparisons included) whose text runs past their box. */
const clippedCode = (page: Page) =>
  page.locator('.prose pre').evaluateAll((blocks) => blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.textContent?.slice(0, 60)));

test.describe('no page scrolls sideways on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('home', async ({ page }) => {
    await page.goto('/');
    expect(await overflow(page)).toBe(0);
  });

  for (const id of lessonIds) {
    test(`lesson ${id}: lesson text and code at 320 px, code blocks whole at 320 and 1400 px`, async ({ page }) => {
      await page.goto(`/lessons/${id}/`);
      expect(await overflow(page), 'lesson text').toBe(0);
      expect(await clippedCode(page), 'code blocks in the lesson text').toEqual([]);
      await page.getByRole('button', { name: 'Code', exact: true }).click();
      await expect(page.locator('[data-editor-host]')).toBeVisible();
      expect(await overflow(page), 'code').toBe(0);
      await lessonsMenu(page).locator('summary').click();
      expect(await overflow(page), 'Lessons menu open').toBe(0);
      // And on a wide screen, where comparisons once ran past the lesson column.
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.keyboard.press('Escape');
      expect(await clippedCode(page), 'code blocks at 1400 px').toEqual([]);
    });
  }
});
