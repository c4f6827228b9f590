/**
 * The observation channel of a local run (Node only): a record file in the run folder, the
 * settings for the preload, and reading the file back once every process of the run is dead.
 * A file, not a pipe, because every process and worker of the run, however deeply nested, can
 * append to it synchronously (nothing is lost at `process.exit()`), and it needs no reader running.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseObservations } from './parse.ts';
import { OBSERVE_ENV, type ObserveConfig, type ObservedRun } from './records.ts';
import { newSecret, recordFileName } from './secret.ts';

export interface ObservationChannel {
  /** Environment variables for the program's main process. Call when the run's clock starts. */
  env(): Record<string, string>;
  /**
   * The observations. A record file the program deleted or made unreadable gives empty
   * observations, never none: checks then see no processes, waits or CPU time, and say so.
   */
  read(): Promise<ObservedRun>;
}

/** Creates the (empty) record file in `dir`. */
export async function openChannel(dir: string): Promise<ObservationChannel> {
  const secret = newSecret();
  const file = path.join(dir, recordFileName());
  await writeFile(file, '', { flag: 'wx', mode: 0o600 });
  return {
    env() {
      const config: ObserveConfig = { s: secret, f: file, e: String(process.hrtime.bigint()) };
      return { [OBSERVE_ENV]: JSON.stringify(config) };
    },
    async read() {
      let text = '';
      try {
        text = await readFile(file, 'utf8');
      } catch {
        // gone or unreadable: judged as observing nothing
      }
      return parseObservations(text, secret);
    },
  };
}
