import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
const lessonIds = readdirSync(contentDir).filter((id) => existsSync(join(contentDir, id, 'index.mdx')));

function filesIn(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

test('the home page lists every lesson, in course order', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link');
  await expect(links).toHaveCount(lessonIds.length);
});

for (const id of lessonIds) {
  test(`lesson ${id}: the page renders and its reference solution passes in the browser`, async ({ page }) => {
    const solution = { ...filesIn(join(contentDir, id, '_files')), ...filesIn(join(contentDir, id, '_solution')) };
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
