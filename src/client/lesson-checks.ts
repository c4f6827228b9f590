import type { LessonChecks } from '../grader/index.ts';
import { CHECKS_MISSING, checkChecksModule } from '../lessons/checks-module.ts';

// One lazy chunk per lesson: a page downloads its own checks (and the grader) only when a run ends.
const modules = import.meta.glob<{ default: LessonChecks }>('/content/*/checks.ts');
const pathOf = (lessonId: string) => `/content/${lessonId}/checks.ts`;

export function hasLessonChecks(lessonId: string): boolean {
  return pathOf(lessonId) in modules;
}

export async function loadLessonChecks(lessonId: string): Promise<LessonChecks> {
  const load = modules[pathOf(lessonId)];
  if (!load) throw new Error(CHECKS_MISSING(`content/${lessonId}`));
  return checkChecksModule(`content/${lessonId}`, await load());
}
