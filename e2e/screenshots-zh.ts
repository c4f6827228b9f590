// Re-takes the Chinese screenshots that README.zh-CN.md shows (public/screenshots/lesson-zh-*.png):
// the coroutines lesson after a graded run of its solution, light and dark at 1280 × 820, and the
// Code view on a 390 px phone. Against a course server that is already running:
//
//   npm start                      # prints http://127.0.0.1:4321/?key=…
//   npx node e2e/screenshots-zh.ts --url http://127.0.0.1:4321 --key <the printed key>
//
// Look at the pictures afterwards: they are the course's first impression for Chinese readers.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './find-browser.ts';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:4321' }, key: { type: 'string' }, out: { type: 'string', default: 'public/screenshots' } } });
if (!values.key) throw new Error('Pass --key: the key of the link `npm start` printed.');
const base = values.url.replace(/\/$/, '');
const lesson = '/zh-cn/lessons/coroutines/';
const solution = readFileSync(new URL('../content/coroutines/_solution/main.ts', import.meta.url), 'utf8');

async function gradedRun(page: Page) {
  await page.goto(`${base}/?key=${values.key}`);
  await page.goto(`${base}${lesson}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('[data-editor-host]').click();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(solution);
  await page.getByRole('button', { name: '运行', exact: true }).click();
  await page.locator('[data-checks-summary]').filter({ hasText: /全部 \d+ 项检查通过/ }).waitFor({ timeout: 60_000 });
  await page.locator('body').click({ position: { x: 1, y: 1 } }); // no focus ring, no leave hint in the picture
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, colorScheme: theme, locale: 'zh-CN' });
    await gradedRun(page);
    // The workspace scrolled so that Run, the output, the timeline and the checks share the picture.
    await page.locator('.workspace .toolbar').evaluate((toolbar) => {
      toolbar.scrollIntoView({ block: 'start' });
      // Then back a little, so the last lines of the code show above the toolbar.
      let box: HTMLElement | null = toolbar.parentElement;
      while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
      (box ?? document.scrollingElement)?.scrollBy(0, -110);
    });
    await page.screenshot({ path: `${values.out}/${theme === 'light' ? 'lesson-zh-graded' : 'lesson-zh-dark'}.png` });
    await page.close();
  }
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  await gradedRun(phone);
  await phone.locator('[data-next-prompt]').scrollIntoViewIfNeeded();
  await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await phone.screenshot({ path: `${values.out}/lesson-zh-phone.png` });
  console.log(`Wrote ${values.out}/lesson-zh-{graded,dark,phone}.png`);
} finally {
  await browser.close();
}
