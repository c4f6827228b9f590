import type { FileMap } from '../run-contract/events.ts';

/**
 * The learner's edits, saved in localStorage as they type so a reload never loses them. Saved
 * with a fingerprint of the starter: when the lesson's starter changes, the page can say so.
 */
interface Saved {
  starter: string;
  files: FileMap;
  savedAt: number;
}

const key = (lessonId: string) => `course:files:${lessonId}`;

export function fingerprint(files: FileMap): string {
  // FNV-1a over the sorted files: cheap, stable, and enough to notice a changed starter.
  let hash = 0x811c9dc5;
  const text = Object.keys(files)
    .sort()
    .map((path) => `${path}\u0000${files[path]}`)
    .join('\u0001');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

interface Restored {
  files: FileMap;
  /** True when the saved edits were made on an older version of the starter. */
  starterChanged: boolean;
}

/** Where a lesson's edits are kept: what the lesson store restores on load and saves on every edit. */
export interface SavedWork {
  restore(): Restored | null;
  /** Returns why the browser refused to store (quota, private mode), else null. */
  save(files: FileMap): string | null;
}

/**
 * Saved work is keyed by lesson id alone, so the Chinese and English pages of a lesson share it;
 * `starterFingerprint` is the English starter's (the page passes it), so a translated starter's
 * comments never read as a changed starter. `cannotSave` words the refusal in the page's language.
 */
export function savedWork(storage: Storage, lessonId: string, starter: FileMap, starterFingerprint: string, cannotSave: (why: string) => string): SavedWork {
  return {
    restore() {
      try {
        const raw = storage.getItem(key(lessonId));
        if (!raw) return null;
        const saved = JSON.parse(raw) as Saved;
        if (!saved || typeof saved.files !== 'object') return null;
        // Files the starter no longer has are dropped; files it gained come from the starter.
        const files: FileMap = {};
        for (const path of Object.keys(starter)) files[path] = typeof saved.files[path] === 'string' ? saved.files[path] : starter[path] ?? '';
        return { files, starterChanged: saved.starter !== starterFingerprint };
      } catch {
        return null;
      }
    },
    save(files) {
      try {
        const saved: Saved = { starter: starterFingerprint, files, savedAt: Date.now() };
        storage.setItem(key(lessonId), JSON.stringify(saved));
        return null;
      } catch (error) {
        return cannotSave(error instanceof Error ? error.name : 'storage error');
      }
    },
  };
}
