/**
 * The WebContainer runtime's entry, loaded on demand (its own chunk) so a lesson page's first script
 * stays small: the page needs it only once it decides to boot.
 */
import type { Runtime } from '../runtime.ts';
import { ContainerHost, type HostOptions } from './boot.ts';
import { WebContainerRuntime } from './webcontainer-runtime.ts';

export interface WebContainerParts {
  host: ContainerHost;
  runtime: Runtime;
}

export function createWebContainer(options: HostOptions = {}): WebContainerParts {
  const host = new ContainerHost(options);
  return { host, runtime: new WebContainerRuntime(host) };
}
