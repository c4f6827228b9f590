/**
 * The observation channel inside a WebContainer, whose `spawn` merges every output into one
 * stream: records cannot travel with the output, so they go to a file in the container (outside
 * the learner's folder), read back by the page after the run and then removed. Browser-safe.
 */
import type { Container } from './api.ts';
import { parseObservations } from '../../run-contract/observation/parse.ts';
import { OBSERVE_ENV, type ObserveConfig, type ObservedRun } from '../../run-contract/observation/records.ts';
import { newSecret, recordFileName } from '../../run-contract/observation/secret.ts';

/** Next to the preload, so the learner's folder shows nothing new. */
const RECORD_DIR = '.course';

export interface ContainerChannel {
  /** Environment variables for the learner's `node`. */
  env: Record<string, string>;
  /**
   * The observations, then the file is removed. A record file the program removed gives empty
   * observations, never none. The clock starts when the main process's preload runs (the page
   * cannot read the container's monotonic clock); checks only compare observed times with each other.
   */
  read(): Promise<ObservedRun>;
}

export function openContainerChannel(container: Pick<Container, 'fs' | 'workdir'>): ContainerChannel {
  const secret = newSecret();
  const relative = `${RECORD_DIR}/${recordFileName()}`;
  const config: ObserveConfig = { s: secret, f: `${container.workdir.replace(/\/+$/, '')}/${relative}` };
  return {
    env: { [OBSERVE_ENV]: JSON.stringify(config) },
    async read() {
      let text = '';
      try {
        text = await container.fs.readFile(relative, 'utf-8');
      } catch {
        // gone: judged as observing nothing
      }
      await container.fs.rm(relative, { force: true }).catch(() => {});
      return parseObservations(text, secret);
    },
  };
}
