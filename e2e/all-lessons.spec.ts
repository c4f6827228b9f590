import { lessonIds, loadLesson } from '../src/lessons/from-disk.ts';
import { solutionFiles } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';

// The lessons as the site sees them: read through the lesson model (same rules, same folders).
const ids = await lessonIds();

test('the home page lists every lesson, in course order', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link');
  await expect(links).toHaveCount(ids.length);
});

for (const id of ids) {
  test(`lesson ${id}: the page renders and its reference solution passes in the browser`, async ({ page }) => {
    const solution = solutionFiles(await loadLesson(id));
    await page.goto(`/lessons/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The learner's saved edits are the solution: the page restores them as it would after a reload.
    await page.evaluate(([lesson, files]) => {
      localStorage.clear();
      localStorage.setItem(`course:files:${lesson}`, JSON.stringify({ starter: '', savedAt: Date.now(), files }));
    }, [id, solution] as const);
    await page.reload();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const summary = page.locator('[data-checks-summary]');
    await expect(summary).toHaveText(/passed/, { timeout: 45_000 });
    const checks = page.getByRole('list', { name: 'Checks' }).locator('.check');
    const failed = await checks.evaluateAll((items) =>
      items.filter((i) => (i as HTMLElement).dataset.status === 'fail').map((i) => i.textContent?.trim()),
    );
    expect(failed, `failed checks on ${id}`).toEqual([]);
  });
}
