/**
 * The editor as a learner meets it, on every way into a lesson: styled, with line numbers, with
 * that lesson's own diagnostics and no keystroke needed; underlines that explain themselves; a
 * keyboard path in and out that never changes the code; typing before Monaco has arrived.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openLesson } from './lesson-page.ts';

const AWAIT_ERROR = "'await' expressions are only allowed within async functions";
const editorText = (page: Page) => page.locator('.monaco-editor .view-lines');
const problems = (page: Page) => page.getByRole('list', { name: 'Problems' }).getByRole('listitem');
const problemsSummary = (page: Page) => page.locator('[data-problems-summary]');
/** Monaco's focus target (0.57 edits through an EditContext element, labelled, not its hidden textarea). */
const editorInput = (page: Page) => page.locator('.monaco-editor [aria-label*="code editor"]');

/** The pointer over an underline (the decoration lies under the text layer, so by position). */
async function hoverOver(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** What an unstyled editor lacked after a swap: Monaco's CSS, line numbers, a monospace font. */
async function expectStyledEditor(page: Page, lessonId: string) {
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessonId}/$`));
  await expect(editorText(page)).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(1); // the previous lesson's editor is gone
  // Polled: on Back/Forward the address changes before the swap, and the old editor is still there for a moment.
  await expect.poll(() => editorText(page).evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/monospace/);
  const firstNumber = page.locator('.monaco-editor .line-numbers').first();
  await expect(firstNumber).toBeVisible();
  await expect(firstNumber).toHaveText('1');
  // Only Monaco's stylesheet positions each line absolutely: without it, the lines stack as plain blocks.
  await expect.poll(() => page.locator('.monaco-editor .view-lines .view-line').first().evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  await expect.poll(() => page.locator('.monaco-editor .margin').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
}

/** forgot-async's own error, and nothing from another lesson. */
async function expectForgotAsyncDiagnostics(page: Page) {
  await expect(problems(page)).toHaveCount(1);
  await expect(problems(page).first()).toContainText(AWAIT_ERROR);
  await expect(problems(page).first()).toContainText(/main\.ts \d+:\d+/);
  await expect(problemsSummary(page)).toHaveText('Problems: 1 error');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
}

/** comparison's starter type-checks: no error of its own, and none carried over. */
async function expectComparisonDiagnostics(page: Page) {
  // "No problems" appears only once the worker has checked this lesson's files (until then it reads
  // "Checking the code…"): main.ts imports ./task.ts, so a file not sent would be an error here.
  await expect(problemsSummary(page)).toHaveText('No problems');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
}

test('every way into a lesson gives a styled editor with that lesson’s own diagnostics, without a keystroke', async ({ page }) => {
  test.setTimeout(180_000);
  await openLesson(page, 'comparison');
  await expectStyledEditor(page, 'comparison');
  await expectComparisonDiagnostics(page);

  await page.getByRole('link', { name: /^Next →/ }).click();
  await expectStyledEditor(page, 'forgot-async');
  await expectForgotAsyncDiagnostics(page);

  await page.getByRole('link', { name: /^← Previous/ }).click();
  await expectStyledEditor(page, 'comparison');
  await expectComparisonDiagnostics(page);

  await page.getByText('Lessons', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: /await without async/ }).click();
  await expectStyledEditor(page, 'forgot-async');
  await expectForgotAsyncDiagnostics(page);

  await page.locator('.brand').click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /await without async/ }).click();
  await expectStyledEditor(page, 'forgot-async');
  await expectForgotAsyncDiagnostics(page);

  // History so far: comparison, forgot-async, comparison, forgot-async (menu), home, forgot-async.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expectStyledEditor(page, 'forgot-async');
  await expectForgotAsyncDiagnostics(page);
  await page.goBack();
  await expectStyledEditor(page, 'comparison');
  await expectComparisonDiagnostics(page);
  await page.goForward();
  await expectStyledEditor(page, 'forgot-async');
  await expectForgotAsyncDiagnostics(page);

  await page.reload();
  await expectStyledEditor(page, 'forgot-async');
  await expectForgotAsyncDiagnostics(page);
});

test('on every fresh open the Problems summary settles without a keystroke, with or without problems', async ({ page }) => {
  test.setTimeout(120_000);
  // Each open is a new document with a new TypeScript worker: the bug (the worker asked before
  // Monaco had set TypeScript up) left "Checking the code…" on about one open in four.
  for (let round = 0; round < 3; round++) {
    await openLesson(page, 'coroutines');
    await expect(problemsSummary(page)).toHaveText('No problems');
    await openLesson(page, 'forgot-async');
    await expect(problemsSummary(page)).toHaveText('Problems: 1 error');
    await expect(problems(page)).toHaveCount(1);
  }
});

test('arriving by Next, the await error explains itself: hover, Problems list, F8', async ({ page }) => {
  await openLesson(page, 'comparison');
  await expect(editorText(page)).toBeVisible();
  await page.getByRole('link', { name: /^Next →/ }).click();
  await expectForgotAsyncDiagnostics(page);

  await hoverOver(page, '.monaco-editor .squiggly-error');
  const hover = page.locator('.monaco-hover').filter({ hasText: AWAIT_ERROR });
  await expect(hover).toBeVisible();
  // Readable: the message is drawn in a real font size on an opaque background.
  const look = await hover.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), bg: getComputedStyle(el).backgroundColor }));
  expect(look.size).toBeGreaterThanOrEqual(12);
  expect(look.bg).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

  // The Problems entry says where, and a click puts the cursor there.
  const entry = problems(page).first();
  const [, line] = /main\.ts (\d+):(\d+)/.exec((await entry.textContent()) ?? '') ?? [];
  await entry.getByRole('button').click();
  await expect(page.locator('.monaco-editor .line-numbers.active-line-number')).toHaveText(line ?? 'none');
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);

  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget')).toContainText(AWAIT_ERROR);
  await page.keyboard.press('Escape');
  await expect(page.locator('.marker-widget')).toHaveCount(0);

  // The hover's "Quick Fix..." is not a dead link: TypeScript's own fix applies, and the list empties.
  await hoverOver(page, '.monaco-editor .squiggly-error');
  await page.locator('.monaco-hover').getByText('Quick Fix...').click();
  await page.locator('.action-widget').getByText('Add async modifier to containing function').click();
  await expect(editorText(page)).toContainText('async function fetchBoth');
  await expect(problemsSummary(page)).toHaveText('No problems');
  await expect(problems(page)).toHaveCount(0);
});

test('completions, signature help and find/replace work in the editor', async ({ page }) => {
  await openLesson(page, 'forgot-async');
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  // @types/node lists console's members alphabetically (Console, assert, clear, …): narrow to "l".
  await page.keyboard.type('\nconsole.l');
  await expect(page.locator('.suggest-widget.visible')).toContainText('log');
  await page.keyboard.press('Escape');
  await page.keyboard.type('og(');
  await expect(page.locator('.parameter-hints-widget.visible')).toContainText('log(');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+F');
  await expect(page.locator('.find-widget.visible')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+H');
  await expect(page.locator('.find-widget.visible.replaceToggled .replace-part')).toBeVisible();
});

test('keyboard: Run comes before the editor, the editor is one tab stop, Esc then Tab leaves it, the code never changes', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await expect(editorText(page)).toBeVisible();
  const before = await editorText(page).innerText();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { inEditor: !!el?.closest('[data-editor-host]'), name: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 20) ?? '', tag: el?.tagName };
    });

  // From the top of the page, Run is reached before anything inside the editor.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  let reachedRun = false;
  let editorStops = 0;
  for (let i = 0; i < 80 && editorStops < 2; i++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    if (now.name === 'Run') reachedRun = true;
    if (now.inEditor) {
      expect(reachedRun, 'Run is reached before the editor').toBe(true);
      editorStops += 1;
      await expect(page.locator('[data-leave-hint]')).toBeVisible();
      await expect(page.locator('[data-leave-hint]')).toHaveText('Esc then Tab leaves the editor');
      // Esc then Tab: out, to the next thing on the page, and no indentation was typed.
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-leave-hint]')).toHaveText(/Now Tab/);
      await page.keyboard.press('Tab');
      expect((await focused()).inEditor, 'Esc then Tab left the editor').toBe(false);
      break;
    }
  }
  expect(reachedRun).toBe(true);
  expect(editorStops, 'one tab stop for the editor').toBe(1);

  // Back in with Shift+Tab, and out upwards with Esc then Shift+Tab.
  await page.keyboard.press('Shift+Tab');
  expect((await focused()).inEditor).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  expect((await focused()).inEditor).toBe(false);
  await expect(page.locator('[data-leave-hint]')).toBeHidden();

  expect(await editorText(page).innerText()).toBe(before);
  expect(await page.evaluate(() => localStorage.getItem('course:files:coroutines'))).toBeNull(); // nothing edited, nothing saved
});

test('typing before Monaco arrives: the preview takes the keys, then Monaco carries the text, caret, focus and undo', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/monaco-editor[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openLesson(page, 'coroutines');
  const preview = page.locator('[data-preview="main.ts"] code');
  await preview.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('// typed early\n');
  await expect(preview).toContainText('// typed early');
  await expect(page.locator('.monaco-editor')).toHaveCount(0);

  release();
  await expect(editorText(page)).toContainText('// typed early');
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null), 'focus carried into Monaco').toBe(true);
  await page.keyboard.type('Y');
  // The caret stayed where the preview had it: the start of line 2.
  await expect(page.locator('.monaco-editor .view-line').nth(1)).toHaveText(/^Y/);
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editorText(page)).not.toContainText('typed early');
  await expect(editorText(page)).toContainText('A stand-in for I/O');
});

test('screen readers: the editor reads its code, names Ctrl+Enter and how to leave, and Alt+F1 lists the keys', async ({ page }) => {
  await openLesson(page, 'forgot-async');
  await editorText(page).click();
  const input = editorInput(page);
  await expect(input).toHaveAttribute('aria-label', /main\.ts.*Ctrl\+Enter runs.*Esc then Tab leaves the editor.*Alt\+F1/);
  await expect(input).toBeFocused();
  // Screen-reader support on: the focus target carries the code around the cursor, not nothing.
  // To the top first (the click lands mid-file): the page read out there starts with the imports.
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(input).toContainText('import');
  await page.keyboard.press('Alt+F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Esc then Tab');
  await expect(dialog).toContainText('F8');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`after a swap, the editor is styled in the ${scheme} theme (screenshot)`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openLesson(page, 'comparison');
    await expect(editorText(page)).toBeVisible();
    await page.getByRole('link', { name: /^Next →/ }).click();
    await expectStyledEditor(page, 'forgot-async');
    await expectForgotAsyncDiagnostics(page);
    const background = await page.locator('.monaco-editor').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
    await hoverOver(page, '.monaco-editor .squiggly-error');
    await expect(page.locator('.monaco-hover').filter({ hasText: AWAIT_ERROR })).toBeVisible();
    await testInfo.attach(`editor-after-swap-${scheme}`, { body: await page.screenshot(), contentType: 'image/png' });
  });
}
