import type { LessonVerdict } from '../grader/grade-lesson.ts';
import { pageMessages } from '../i18n/index.ts';

/** Each lesson's last verdict, kept in the browser so the course map can mark lessons done (or tried). */
type Progress = 'passed' | 'failed';

const key = (lessonId: string) => `course:verdict:${lessonId}`;

export function saveVerdict(lessonId: string, verdict: LessonVerdict): void {
  const progress: Progress = verdict === 'pass' ? 'passed' : 'failed';
  try {
    localStorage.setItem(key(lessonId), JSON.stringify({ verdict: progress, at: Date.now() }));
  } catch {
    // The course map simply will not show it: the run itself is unaffected.
  }
}

function readVerdict(lessonId: string): Progress | null {
  try {
    const raw = localStorage.getItem(key(lessonId));
    const parsed = raw ? (JSON.parse(raw) as { verdict?: unknown }) : null;
    return parsed?.verdict === 'passed' || parsed?.verdict === 'failed' ? parsed.verdict : null;
  } catch {
    return null;
  }
}

/** Marks every `[data-progress-for]` element with its lesson's verdict (a class and hidden text). */
export function markProgress(root: ParentNode = document): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-progress-for]')) {
    const verdict = readVerdict(node.dataset.progressFor ?? '');
    node.dataset.progress = verdict ?? 'new';
    const label = node.querySelector('[data-progress-label]');
    const t = pageMessages().course;
    if (label) label.textContent = verdict === 'passed' ? t.done : verdict === 'failed' ? t.tried : t.notStarted;
  }
}
