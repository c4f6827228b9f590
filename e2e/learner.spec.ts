import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { editorReady, openLesson, replaceCode } from './lesson-page.ts';

test('Show solution asks first, loads a passing solution, and keeps the learner’s version', async ({ page }) => {
  // The solution is not part of the page: it is fetched when the learner asks for it, and only then.
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/solution.json')) fetched.push(new URL(request.url()).pathname);
  });
  await openLesson(page, 'coroutines');
  expect(await page.content()).not.toContain('then wait for both: the waits overlap');
  await replaceCode(page, "console.log('my attempt');\n");
  expect(fetched).toEqual([]);
  await page.locator('[data-more-menu] > summary').click();
  await page.getByRole('button', { name: 'Show solution…' }).click();
  expect(fetched).toEqual(['/lessons/coroutines/solution.json']);
  await expect(page.getByRole('dialog')).toContainText('Load the reference solution');
  await page.getByRole('dialog').getByRole('button', { name: 'Show solution' }).click();
  // The solution's Promise.all sits below the first screenful: the learner scrolls down to it.
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('my attempt');
  await page.locator('.monaco-editor .view-lines').hover();
  await page.mouse.wheel(0, 300);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('Promise.all');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('[data-checks-summary]')).toHaveText(/All \d+ checks passed/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Back to my version' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('my attempt');
});

test.describe('when the solution cannot be fetched', () => {
  test.use({
    allowedConsoleErrors: [
      { pattern: /^Failed to load resource: the server responded with a status of 503/, reason: 'This test makes the solution file answer 503 on purpose; Chromium logs every failed request.' },
    ],
  });

  test('the learner is told, and their files stay as they were', async ({ page }) => {
    await page.route('**/solution.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await openLesson(page, 'coroutines');
    await replaceCode(page, "console.log('my attempt');\n");
    await page.locator('[data-more-menu] > summary').click();
    await page.getByRole('button', { name: 'Show solution…' }).click();
    await expect(page.locator('[data-output]')).toContainText('Could not load the reference solution (503');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('my attempt');
    await expect(page.getByRole('button', { name: 'Back to my version' })).toBeHidden();
  });
});

test('progress survives a reload and a browser restart; the course map marks the lesson done', async ({ page, browser }) => {
  await openLesson(page, 'coroutines');
  await page.locator('[data-more-menu] > summary').click();
  await page.getByRole('button', { name: 'Show solution…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Show solution' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('[data-checks-summary]')).toHaveText(/All \d+ checks passed/, { timeout: 20_000 });

  await page.reload();
  await page.getByText('Lessons', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Course' }).locator('[data-progress-for="coroutines"]')).toHaveAttribute('data-progress', 'passed');

  // A "restart": a new browser context carrying only what the browser stored.
  const state = await page.context().storageState();
  const restarted = await browser.newContext({ storageState: state });
  const again = await restarted.newPage();
  await again.goto('/');
  await expect(again.getByRole('navigation', { name: 'Lessons' }).locator('[data-progress-for="coroutines"]')).toHaveAttribute('data-progress', 'passed');
  await again.goto('/lessons/coroutines/');
  await expect(again.locator('[data-editor-host]')).toContainText('Promise.all');
  await restarted.close();
});

test('the theme toggle switches prose, code and editor to dark and back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openLesson(page, 'coroutines');
  await editorReady(page);
  const bodyBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const editorBackground = () => page.locator('.monaco-editor').evaluate((el) => getComputedStyle(el).backgroundColor);
  const lightBody = await bodyBackground();
  const lightEditor = await editorBackground();
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(toggle).toHaveAttribute('aria-label', 'Theme: dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(bodyBackground).not.toBe(lightBody);
  await expect.poll(editorBackground).not.toBe(lightEditor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await toggle.click(); // dark → system (light here)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('download my work gives a zip that imports back', async ({ page }, testInfo) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, "console.log('zipped');\n");
  await page.locator('[data-more-menu] > summary').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my work (.zip)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('coroutines.zip');
  const path = testInfo.outputPath('coroutines.zip');
  await download.saveAs(path);
  expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

  await replaceCode(page, "console.log('changed since');\n");
  await page.locator('[data-import-input]').setInputFiles(path);
  await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('zipped');
});

test('keyboard only: Run and the shortcuts list are reachable, with visible focus', async ({ page }) => {
  await openLesson(page, 'coroutines');
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await run.focus();
  await expect(run).toBeFocused();
  const outline = await run.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('task A started', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('accessibility scan of the lesson page and the home page: no serious violations', async ({ page }) => {
  for (const path of ['/lessons/coroutines/', '/']) {
    await page.goto(path);
    if (path !== '/') await editorReady(page);
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), path).toEqual([]);
  }
});

test('a starter that changed since the saved edit is said, and a storage failure is reported, never silent', async ({ page }) => {
  await page.goto('/lessons/coroutines/');
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('course:files:coroutines', JSON.stringify({ starter: 'an-older-starter', savedAt: Date.now(), files: { 'main.ts': "console.log('old edit');\n" } }));
  });
  await page.reload();
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('starter files changed since you last worked on it');
  await expect(page.locator('[data-editor-host]')).toContainText('old edit');

  // A browser that refuses to store (quota, private mode): the learner is told at once.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await replaceCode(page, "console.log('not saved');\n");
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('could not be saved in this browser (QuotaExceededError)');
});

test('Next swaps to the next lesson without reloading the document; the new lesson edits, runs and grades', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, "console.log('kept for later');\n");
  // A marker that only survives if the document is not reloaded (the booted WebContainer lives there too).
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const sameDocument = () => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

  await page.getByRole('link', { name: /^Next →/ }).click();
  await expect(page).toHaveURL(/\/lessons\/blocking-the-loop\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A busy loop blocks every task');
  expect(await sameDocument()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await expect(page.getByRole('tab')).toHaveText(['main.ts', /primes\.ts/, 'worker.ts']);

  await editorReady(page);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('countPrimes');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('[data-checks-summary]')).toHaveText(/passed/, { timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Checks' }).locator('[data-check-id="ticks-steady"]')).toHaveCount(1);
  // One Run per press: the previous lesson's shortcut handler is gone.
  await expect(page.getByRole('log', { name: 'Output' }).getByText(/Running with local Node/)).toHaveCount(1);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coroutines with async and await');
  expect(await sameDocument()).toBe(true);
  await expect(page.locator('[data-editor-host]')).toContainText('kept for later');
});
