import { expect, test } from './fixtures.ts';
import { checkItem, editorReady, lessonFile, openLesson, replaceCode } from './lesson-page.ts';

const sequential = `import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

async function task(name: string, seconds: number) {
  console.log(\`task \${name} started (pid \${process.pid}, thread \${threadId}), waiting \${seconds} s\`);
  await sleep(seconds * 1000);
  console.log(\`task \${name} finished (pid \${process.pid}, thread \${threadId})\`);
}

await task('A', 2);
await task('B', 3);
console.log('main: both tasks done');
`;

test('the lesson is readable and scrollable before the editor loads', async ({ page }) => {
  // Hold Monaco's chunk back: whatever the page shows now, it shows without the editor.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/monaco-editor[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/lessons/coroutines/');
  await expect(page.getByRole('heading', { level: 1, name: 'Coroutines with async and await' })).toBeVisible();
  await expect(page.locator('.prose .astro-code').first()).toBeVisible();
  await expect(page.locator('[data-preview="main.ts"]')).toContainText("await task('A', 2)");
  await expect(page.locator('.monaco-editor')).toHaveCount(0);

  const prose = page.locator('.prose');
  await prose.hover();
  await page.mouse.wheel(0, 800);
  await expect.poll(() => prose.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  release();
  await editorReady(page);
});

test('awaiting the tasks one after the other fails the overlap and timing checks', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, sequential);
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  const output = page.getByRole('log', { name: 'Output' });
  // Output streams: task A's start shows while the program is still running.
  await expect(output).toContainText('task A started');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
  await expect(output).not.toContainText('task B finished');
  await expect(output).toContainText('task B finished', { timeout: 20_000 });
  await expect(output).toContainText('Exited with code 0');

  await expect(checkItem(page, 'tasks-overlap')).toHaveAttribute('data-status', 'fail');
  await expect(checkItem(page, 'tasks-overlap')).toContainText('started only after task A ended');
  await expect(checkItem(page, 'tasks-overlap')).toContainText('start both tasks before awaiting either', { ignoreCase: true });
  await expect(checkItem(page, 'total-time')).toHaveAttribute('data-status', 'fail');
  await expect(checkItem(page, 'one-process')).toHaveAttribute('data-status', 'pass');
  await expect(checkItem(page, 'one-thread')).toHaveAttribute('data-status', 'pass');

  // The timeline draws the spans the checks judged: two lanes, one after the other.
  const timeline = page.getByRole('img', { name: /A ran from .* B ran from/ });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('rect.kind-coroutine')).toHaveCount(2);
  await expect(page.locator('.timeline-summary')).toContainText('They did not all run at the same time.');
});

test('the reference solution passes every check', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, lessonFile('coroutines', '_solution/main.ts'));
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('main: both tasks done', { timeout: 20_000 });
  const checks = page.getByRole('list', { name: 'Checks' }).locator('.check');
  await expect(page.locator('[data-checks-summary]')).toHaveText(/All \d+ checks passed/);
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('.timeline-summary')).toContainText(/All of them were running together from 0\.\d\d s to 2\.\d\d s/);
});

test('Stop ends an endless loop', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, "console.log('spinning');\nwhile (true) {}\n");
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const output = page.getByRole('log', { name: 'Output' });
  await expect(output).toContainText('spinning');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(output).toContainText('Stopped before it finished.');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
  await expect(page.locator('[data-checks-summary]')).toHaveText(/not graded/);
});

test('on a Chinese page, the runtime says Stop in Chinese too', async ({ page }) => {
  await page.goto('/zh-cn/lessons/coroutines/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await replaceCode(page, "console.log('spinning');\nwhile (true) {}\n");
  await page.getByRole('button', { name: '运行', exact: true }).click();
  const output = page.getByRole('log', { name: '输出' });
  await expect(output).toContainText('spinning');
  await page.getByRole('button', { name: '停止' }).click();
  await expect(output).toContainText('在结束前被停止了。');
  await expect(output).not.toContainText('Stopped');
});

test('a reload keeps the learner’s code, and Run still works', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, "console.log('kept across reloads');\n");
  await page.reload();
  await expect(page.locator('[data-editor-host]')).toContainText('kept across reloads');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('log', { name: 'Output' })).toContainText('kept across reloads');
  await editorReady(page);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kept across reloads');

  // Reset asks first; cancelling keeps the learner's code.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kept across reloads');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  // Monaco renders only the lines in view: the starter's first lines are enough to tell.
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('A stand-in for I/O');
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('kept across reloads');
  await page.reload();
  await expect(page.locator('[data-editor-host]')).toContainText("await task('A', 2)");
  // The learner's version stays one click away, even after the reload.
  await page.getByRole('button', { name: 'Back to my version' }).click();
  await expect(page.locator('[data-editor-host]')).toContainText('kept across reloads');
});

test('the editor reports TypeScript errors, such as await outside an async function', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, "import { setTimeout as sleep } from 'node:timers/promises';\nfunction wait() {\n  await sleep(100);\n}\nconst n: number = 'one';\n");
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(2, { timeout: 30_000 });
});

test('learner output is shown as text, with ANSI colours rendered safely', async ({ page }) => {
  await openLesson(page, 'coroutines');
  await replaceCode(page, "console.log('<img src=x onerror=\"window.pwned=1\">');\nconsole.log('\\u001b[31mred\\u001b[0m plain');\nconsole.error('oops');\n");
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const output = page.getByRole('log', { name: 'Output' });
  await expect(output).toContainText('<img src=x onerror="window.pwned=1">');
  await expect(output.locator('img')).toHaveCount(0);
  await expect(output.locator('.ansi-fg-1')).toHaveText('red');
  await expect(output.locator('.out-line.stderr')).toContainText('oops');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('the home page lists the lesson in its course map', async ({ page }) => {
  await page.goto('/');
  // The article map above it links the lesson too; the course map is the list under "Lessons".
  const link = page.getByRole('main').getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Coroutines with async and await/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/lessons\/coroutines\/$/);
});
