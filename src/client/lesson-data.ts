import type { FileMap } from '../runtime/events.ts';

/** What the lesson page hands its script: rendered as JSON at build time. */
export interface LessonData {
  id: string;
  entry: string;
  timeLimitMs: number;
  files: FileMap;
  /** The reference solution's files (merged over the starter when shown). */
  solution: FileMap;
  readOnly: string[];
}

export function readLessonData(root: ParentNode): LessonData {
  const node = root.querySelector('[data-lesson-data]');
  if (!node?.textContent) throw new Error('The lesson page has no lesson data.');
  return JSON.parse(node.textContent) as LessonData;
}
