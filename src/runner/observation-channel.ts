/**
 * The observation channel of a local run (Node only): a record file in the run folder, the
 * settings for the preload, and reading the file back once every process of the run is dead.
 * A file, not a pipe, because every process and worker of the run, however deeply nested, can
 * append to it synchronously (nothing is lost at `process.exit()`), and it needs no reader running.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseObservations } from '../run-contract/observation/parse.ts';
import { OBSERVE_ENV, type ObserveConfig, type ObservedRun } from '../run-contract/observation/records.ts';
import { newSecret, recordFileName } from '../run-contract/observation/secret.ts';

export interface ObservationChannel {
  /** The folder holding the record file on this machine (bound into the sandbox, if any). */
  hostDir: string;
  /** Environment variables for the program's main process. Call when the run's clock starts. */
  env(): Record<string, string>;
  /**
   * The observations. A record file the program deleted or made unreadable gives empty
   * observations, never none: checks then see no processes, waits or CPU time, and say so.
   */
  read(): Promise<ObservedRun>;
}

/**
 * Creates a record folder in the run folder `dir`, holding an empty record file. `inside`: where
 * the program sees that folder when it runs in a sandbox that binds it elsewhere.
 */
export async function openChannel(dir: string, inside?: string): Promise<ObservationChannel> {
  const secret = newSecret();
  const hostDir = path.join(dir, recordFileName().replace(/\.log$/, ''));
  await mkdir(hostDir, { mode: 0o700 });
  const file = path.join(hostDir, 'records.log');
  await writeFile(file, '', { flag: 'wx', mode: 0o600 });
  const seen = inside === undefined ? file : `${inside}/records.log`;
  return {
    hostDir,
    env() {
      const config: ObserveConfig = { s: secret, f: seen, e: String(process.hrtime.bigint()) };
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
