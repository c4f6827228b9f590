import { loadLessonChecks } from '../client/lesson-checks.ts';

/** Build-time: the lesson's check titles, listed on the page before the first run. */
export async function checkTitles(lessonId: string): Promise<{ id: string; title: string }[]> {
  return (await loadLessonChecks(lessonId)).checks.map(({ id, title }) => ({ id, title }));
}
