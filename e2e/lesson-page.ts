import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** A lesson's file as shipped in content/, e.g. lessonFile('coroutines', '_solution/main.ts'). */
export function lessonFile(lessonId: string, path: string): string {
  return readFileSync(new URL(`../content/${lessonId}/${path}`, import.meta.url), 'utf8');
}

/** Opens a lesson with a clean slate: no saved edits from another test. */
export async function openLesson(page: Page, lessonId: string): Promise<void> {
  await page.goto(`/lessons/${lessonId}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** Waits for Monaco, the way a learner gets it: by clicking into the code. */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('[data-editor-host]').click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
}

/** Replaces the active file's text as a learner would, by selecting all and typing over it. */
export async function replaceCode(page: Page, text: string): Promise<void> {
  await editorReady(page);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

export function checkItem(page: Page, id: string) {
  return page.getByRole('list', { name: 'Checks' }).locator(`[data-check-id="${id}"]`);
}
