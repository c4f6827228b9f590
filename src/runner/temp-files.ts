/**
 * The run folder: a fresh temp directory holding the learner's files, removed after the run.
 *
 * Paths come from the browser: the run's files pass the contract's check (src/run-contract/run-files.ts)
 * before anything here touches the disk.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FileMap } from '../run-contract/events.ts';
import { withPackageJson } from '../run-contract/run-files.ts';

const RUN_DIR_PREFIX = 'course-run-';

/**
 * Creates the run folder and writes the files into it, with the contract's `package.json` unless the
 * learner sent one. Removes the folder again if writing fails.
 */
export async function writeRunFolder(files: FileMap): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), RUN_DIR_PREFIX));
  trackLiveFolder(dir);
  try {
    for (const [name, content] of Object.entries(withPackageJson(files))) {
      const target = path.join(dir, ...name.split('/'));
      // Defence in depth: checkRunFiles already refuses anything that could leave the folder.
      if (!target.startsWith(dir + path.sep)) throw new Error(`refusing to write outside the run folder: ${name}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, { flag: 'wx' });
    }
    return dir;
  } catch (error) {
    await removeRunFolder(dir);
    throw error;
  }
}

/** Removes the run folder; never throws (retries briefly, as a dying process may still hold files). */
export async function removeRunFolder(dir: string): Promise<void> {
  if (!path.basename(dir).startsWith(RUN_DIR_PREFIX)) return; // never remove anything else
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    // Left for the OS to clean: better than crashing the server.
  }
  liveFolders.delete(dir);
}

/** Folders of runs still going when this process exits are removed then (synchronously, as `exit` requires). */
const liveFolders = new Set<string>();
let exitHookInstalled = false;

function trackLiveFolder(dir: string): void {
  liveFolders.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const folder of liveFolders) {
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {
        // nothing more we can do while exiting
      }
    }
  });
}
