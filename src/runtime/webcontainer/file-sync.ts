/**
 * Keeps the container's lesson folder equal to the learner's files, writing only what changed since
 * the last run (a run after a one-line edit writes one file). One instance per booted container.
 */
import type { FileMap } from '../../run-contract/events.ts';
import type { Container } from './api.ts';
import { LESSON_DIR } from './base-files.ts';
import { withPackageJson } from '../../run-contract/run-files.ts';
import { toMountTree } from './mount-tree.ts';

export interface SyncResult {
  written: string[];
  removed: string[];
}

export class FileSync {
  /** What the container holds now; null until the first mount (or after a failed sync: mount again). */
  #current: Map<string, string> | null = null;

  async apply(container: Container, learnerFiles: FileMap): Promise<SyncResult> {
    const files = withPackageJson(learnerFiles);
    const previous = this.#current;
    this.#current = null; // if anything below fails, the next run mounts everything again
    if (previous === null) {
      await container.mount(toMountTree(files), { mountPoint: LESSON_DIR });
      this.#current = new Map(Object.entries(files));
      return { written: Object.keys(files), removed: [] };
    }
    const written: string[] = [];
    const removed: string[] = [];
    for (const path of previous.keys()) {
      if (Object.hasOwn(files, path)) continue;
      await container.fs.rm(`${LESSON_DIR}/${path}`, { force: true });
      removed.push(path);
    }
    for (const [path, contents] of Object.entries(files)) {
      if (previous.get(path) === contents) continue;
      const slash = path.lastIndexOf('/');
      if (slash > 0) await container.fs.mkdir(`${LESSON_DIR}/${path.slice(0, slash)}`, { recursive: true });
      await container.fs.writeFile(`${LESSON_DIR}/${path}`, contents);
      written.push(path);
    }
    this.#current = new Map(Object.entries(files));
    return { written, removed };
  }
}
