/**
 * "How quick is it to type?", measured the same way on any lesson page: a fresh visit, a click into
 * the editor as soon as it takes one, a typed character, and when that character is painted; then
 * keydown → paint once the editor is fully loaded, and the JavaScript fetched by then.
 */
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page, Response } from '@playwright/test';

export interface TypingSite {
  name: string;
  url: string;
  /** What a learner clicks to type, once it takes keys. */
  editable: string;
  /** Where typed text shows (visible elements only are read). */
  text: string;
  /** Resolves when the editor is fully loaded (its language services answer). */
  ready(page: Page): Promise<void>;
}

export interface TypingRound {
  navToVisible: number;
  clickToVisible: number;
  blockingUntilVisible: number;
  keyToPaint: number[];
  jsReadyBytes: number;
}

const MARK = '~';

/** Runs in the page before its own scripts: long tasks, the first pointerdown, each key's next paint. */
function instrument() {
  const bench = { longtasks: [] as { start: number; duration: number }[], click: NaN, keys: [] as { down: number; paint: number }[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointerdown', (e) => Number.isNaN(bench.click) && (bench.click = e.timeStamp), true);
  addEventListener(
    'keydown',
    (e) => {
      const key = { down: e.timeStamp, paint: NaN };
      bench.keys.push(key);
      // The frame after the key's handlers; a message posted from rAF runs once that frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (key.paint = performance.now());
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

/** In the page: resolves with the paint time of the first frame showing one more MARK than now. */
function watchForMark([selector, mark]: [string, string]): void {
  const count = () =>
    [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility())
      .reduce((n, el) => n + (el.textContent ?? '').split(mark).length - 1, 0);
  const before = count();
  const w = window as unknown as { __visible?: number };
  const observer = new MutationObserver(() => {
    if (count() <= before) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__visible = performance.now());
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

export async function typingRound(browser: Browser, site: TypingSite): Promise<TypingRound> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const sizes: Promise<number>[] = [];
  page.on('response', (response: Response) => {
    const type = response.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(response.url())) sizes.push(response.body().then((b) => gzipSync(b).length, () => 0));
  });
  try {
    await page.goto(site.url, { waitUntil: 'commit' });
    const target = page.locator(site.editable).filter({ visible: true }).first();
    await target.waitFor({ timeout: 60_000 });
    await target.click();
    await page.evaluate(watchForMark, [site.text, MARK] as [string, string]);
    await page.keyboard.type(MARK);
    await page.waitForFunction(() => (window as unknown as { __visible?: number }).__visible !== undefined, null, { timeout: 60_000 });
    const first = await page.evaluate(() => {
      const w = window as unknown as { __visible: number; __bench: { click: number; longtasks: { start: number; duration: number }[] } };
      const blocking = w.__bench.longtasks.filter((t) => t.start < w.__visible).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
      return { visible: w.__visible, click: w.__bench.click, blocking };
    });

    // Fully loaded: then keydown → paint on twenty keys, at a typing pace.
    await site.ready(page);
    await sleep(1000);
    const already = await page.evaluate(() => (window as unknown as { __bench: { keys: unknown[] } }).__bench.keys.length);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.type(i % 5 === 4 ? ' ' : 'a');
      await sleep(120);
    }
    await sleep(500);
    const keyToPaint = await page.evaluate(
      (skip) => (window as unknown as { __bench: { keys: { down: number; paint: number }[] } }).__bench.keys.slice(skip).map((k) => k.paint - k.down),
      already,
    );
    const jsReadyBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { navToVisible: first.visible, clickToVisible: first.visible - first.click, blockingUntilVisible: first.blocking, keyToPaint, jsReadyBytes };
  } finally {
    await context.close();
  }
}

/** Our lesson page: the editable preview until Monaco takes over. */
export function ourSite(url: string): TypingSite {
  return {
    name: 'ours',
    url,
    editable: '[data-preview]:not([hidden]) code[contenteditable="plaintext-only"], [data-preview]:not([hidden]) code[contenteditable="true"], .monaco-editor .view-lines',
    text: '[data-preview] code, .monaco-editor .view-lines',
    async ready(page) {
      await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
      // The TypeScript worker has answered once: the Problems summary has a count.
      await page.locator('[data-problems-summary][data-count]').waitFor({ state: 'attached', timeout: 60_000 });
    },
  };
}

/** A TutorialKit lesson page (CodeMirror). */
export function tutorialKitSite(url: string): TypingSite {
  return {
    name: 'TutorialKit',
    url,
    editable: '.cm-content[contenteditable="true"]',
    text: '.cm-content',
    async ready(page) {
      await page.locator('.cm-content').waitFor({ timeout: 60_000 });
      await sleep(1500); // its language support is in the editor bundle; no worker to wait for
    },
  };
}
