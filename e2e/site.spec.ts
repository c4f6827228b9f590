import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadCourse } from '../src/lessons/from-disk.ts';

const course = await loadCourse();

// Page errors and console errors fail every test (./fixtures.ts). Pages that answer 404 on purpose:
// Chromium reports the status it was asked to fetch as a console error.
const expected404 = [{ pattern: /status of 404/, reason: 'the test asks for a missing page on purpose' }];

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

test.describe('a missing page', () => {
  test.use({ allowedConsoleErrors: expected404 });

  test('answers 404 with a page in the site’s layout and ways back into the course', async ({ page }) => {
    const response = await page.goto('/lessons/no-such-lesson/');
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page at this address');
    await expect(page.getByRole('link', { name: course.title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'All lessons' }).getByRole('link').first()).toBeVisible();
    expect(await meta(page, 'robots')).toBe('noindex');
    await page.getByRole('link', { name: 'Go to the course home' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
  });

  test('fits a 320 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/missing');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});

test('every page names its canonical URL and carries Open Graph and Twitter cards with a real image', async ({ page, request }) => {
  await page.goto('/lessons/coroutines/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/lessons\/coroutines\/$/);
  expect(await meta(page, 'og:url')).toBe(canonical);
  expect(await meta(page, 'og:title')).toBe(await page.title());
  expect(await meta(page, 'og:description')).toBeTruthy();
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  const image = await meta(page, 'og:image');
  expect(image).toMatch(/^https?:\/\/.+\.png$/);
  expect(await meta(page, 'twitter:image')).toBe(image);
  // The image is served by this site (its path, whatever host `site` names).
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('the usual icons, robots.txt and a sitemap that lists every lesson', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/apple-touch-icon.png', 'image/png'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
  await page.goto('/');
  const lessonLinks = await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(parts.length).toBeGreaterThan(0);
  const listed = new Set<string>();
  for (const part of parts) {
    const xml = await (await request.get(part)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(m[1]!).pathname);
  }
  for (const path of ['/', ...lessonLinks]) expect(listed, path).toContain(path);
  expect([...listed].some((p) => p.includes('404'))).toBe(false);
});

// The page outside the editor (the editor's own contrast is checked with the editor).
for (const theme of ['light', 'dark'] as const) {
  for (const [name, path, width] of [
    ['home', '/', 1400],
    ['lesson', '/lessons/comparison/', 1400],
    ['lesson on a phone', '/lessons/cancel-and-timeout/', 390],
    ['404', '/missing/', 390],
  ] as const) {
    test.describe(`${name} (${theme})`, () => {
      test.use({ allowedConsoleErrors: path === '/missing/' ? expected404 : [] });
      test(`axe finds nothing on the ${name} page (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).exclude('[data-editor-host]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
}

test('the theme button shows an icon for the current choice, not a text glyph', async ({ page }) => {
  await page.goto('/');
  const button = page.locator('[data-theme-toggle]');
  await expect(button).toHaveAccessibleName('Theme: follows the system');
  await expect(button.locator('svg:visible')).toHaveCount(1);
  await expect(button).toHaveText('');
  await button.click();
  await expect(button).toHaveAccessibleName('Theme: light');
  await expect(button.locator('svg.theme-icon-light')).toBeVisible();
});
