import type { LessonChecks } from '../grader/index.ts';

const checkModules = import.meta.glob<{ default: LessonChecks }>('/content/*/checks.ts');

/** Build-time: the lesson's check titles, listed on the page before the first run. */
export async function checkTitles(lessonId: string): Promise<{ id: string; title: string }[]> {
  const load = checkModules[`/content/${lessonId}/checks.ts`];
  if (!load) throw new Error(`content/${lessonId}/checks.ts is missing.`);
  const mod = await load();
  if (!mod.default || !Array.isArray(mod.default.checks)) {
    throw new Error(`content/${lessonId}/checks.ts: its default export must be defineChecks({ checks: [...] }).`);
  }
  return mod.default.checks.map(({ id, title }) => ({ id, title }));
}
