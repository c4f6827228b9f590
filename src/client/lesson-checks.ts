import type { LessonChecks } from '../grader/index.ts';

// One lazy chunk per lesson: a page downloads its own checks (and the grader) only when a run ends.
const modules = import.meta.glob<{ default: LessonChecks }>('/content/*/checks.ts');

export async function loadLessonChecks(lessonId: string): Promise<LessonChecks> {
  const load = modules[`/content/${lessonId}/checks.ts`];
  if (!load) throw new Error(`No checks found for lesson "${lessonId}".`);
  return (await load()).default;
}
