/**
 * THE SEAM to `@webcontainer/api`: the few parts of it this course uses, as interfaces. The real
 * module is imported only here, lazily (it is only needed once the page decides to boot), and unit
 * tests put `fake-webcontainer.ts` in its place.
 */
import type { BootOptions, FileSystemTree, SpawnOptions } from '@webcontainer/api';

export type { FileSystemTree };

/** A process spawned in the container. `output` is stdout + stderr (and children) in ONE stream, ANSI included. */
export interface ContainerProcess {
  readonly output: ReadableStream<string>;
  /** Resolves with the exit code. */
  readonly exit: Promise<number>;
  kill(): void;
}

/** Paths are relative to the container's working directory. */
export interface ContainerFs {
  writeFile(path: string, data: string): Promise<void>;
  readFile(path: string, encoding: 'utf-8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<string>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
}

/** A booted WebContainer, as far as we use it. */
export interface Container {
  /** Absolute path of the working directory, e.g. "/home/course". */
  readonly workdir: string;
  readonly fs: ContainerFs;
  mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void>;
  spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess>;
  teardown(): void;
}

export interface WebContainerApi {
  boot(options: BootOptions): Promise<Container>;
  configureAPIKey(key: string): void;
}

/** The real `@webcontainer/api`, loaded on first use (its own chunk: pages on the local runtime may never need it). */
export async function loadWebContainerApi(): Promise<WebContainerApi> {
  const api = await import('@webcontainer/api');
  return {
    boot: (options) => api.WebContainer.boot(options),
    configureAPIKey: (key) => api.configureAPIKey(key),
  };
}
