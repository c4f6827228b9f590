import type { FileMap } from '../run-contract/events.ts';

/** What the lesson page hands its script: rendered as JSON at build time. */
export interface LessonData {
  id: string;
  entry: string;
  timeLimitMs: number;
  /** The starter in the page's language: what the page shows first and what Reset restores. */
  files: FileMap;
  /** Fingerprint of the English starter, so saved work is shared by both languages' pages. */
  starterFingerprint: string;
  /**
   * Where the reference solution's files are (`{ files }` JSON, merged over the starter when shown):
   * fetched only when the learner asks for it, never inlined in the page.
   */
  solutionUrl: string;
  readOnly: string[];
}

export function readLessonData(root: ParentNode): LessonData {
  const node = root.querySelector('[data-lesson-data]');
  if (!node?.textContent) throw new Error('The lesson page has no lesson data.');
  return JSON.parse(node.textContent) as LessonData;
}
