/**
 * FAKE `@webcontainer/api`, for unit tests only: NOT WebContainer, and nothing here runs Node.
 *
 * It stands in at the one seam (api.ts: `WebContainerApi` / `Container` / `ContainerProcess`) so
 * tests can drive what the real library would do (boot that hangs or fails, a process that prints,
 * exits, or ignores `kill()`), and see what our code asked of it (mounts, writes, spawn arguments).
 * Default behaviour of `node`: `--version` prints FAKE_NODE_VERSION, the probes print the marker.
 */
import type { SpawnOptions } from '@webcontainer/api';
import type { Container, ContainerFs, ContainerProcess, FileSystemTree, WebContainerApi } from '../src/runtime/webcontainer/api.ts';
import { PROBE_MARKER } from '../src/runtime/webcontainer/base-files.ts';

export const FAKE_NODE_VERSION = 'v22.22.0';
const FAKE_WORKDIR = '/home/course';

/** A fake process that a test drives: `print()`, `exitWith()`; `kill()` ends it unless `ignoreKill`. */
export class FakeProcess implements ContainerProcess {
  readonly output: ReadableStream<string>;
  readonly exit: Promise<number>;
  readonly command: string;
  readonly args: string[];
  readonly options: SpawnOptions | undefined;
  /** A process stuck in a busy worker: kill() does nothing (stackblitz/core#3317). */
  ignoreKill = false;
  kills = 0;
  exited = false;
  #controller!: ReadableStreamDefaultController<string>;
  #resolveExit!: (code: number) => void;
  #closed = false;

  constructor(command: string, args: string[], options: SpawnOptions | undefined) {
    this.command = command;
    this.args = args;
    this.options = options;
    this.output = new ReadableStream<string>({
      start: (controller) => {
        this.#controller = controller;
      },
    });
    this.exit = new Promise<number>((resolve) => {
      this.#resolveExit = resolve;
    });
  }

  print(text: string): void {
    if (!this.#closed) this.#controller.enqueue(text);
  }

  /** Ends the process: output closes first, as the real one's does when its terminal closes. */
  exitWith(code: number): void {
    if (this.exited) return;
    this.exited = true;
    if (!this.#closed) {
      this.#closed = true;
      this.#controller.close();
    }
    this.#resolveExit(code);
  }

  kill(): void {
    this.kills++;
    if (!this.ignoreKill) this.exitWith(130);
  }
}

export type SpawnHandler = (process: FakeProcess) => void;

/** Default `node`: answers --version and the probes, like a Node that strips types silently. */
export function defaultNode(process: FakeProcess): void {
  queueMicrotask(() => {
    if (process.args.includes('--version')) process.print(`${FAKE_NODE_VERSION}\r\n`);
    else if (process.args.some((a) => a.includes('probe'))) process.print(`${PROBE_MARKER}\r\n`);
    process.exitWith(0);
  });
}

class FakeFs implements ContainerFs {
  readonly files: Map<string, string>;
  readonly log: string[] = [];
  constructor(files: Map<string, string>) {
    this.files = files;
  }
  async writeFile(path: string, data: string): Promise<void> {
    this.log.push(`write ${path}`);
    this.files.set(path, data);
  }
  async readFile(path: string): Promise<string> {
    this.log.push(`read ${path}`);
    const text = this.files.get(path);
    if (text === undefined) throw new Error(`fake: ENOENT: no such file, ${path}`);
    return text;
  }
  async mkdir(path: string): Promise<string> {
    this.log.push(`mkdir ${path}`);
    return path;
  }
  async rm(path: string): Promise<void> {
    this.log.push(`rm ${path}`);
    this.files.delete(path);
  }
}

export class FakeContainer implements Container {
  readonly workdir = FAKE_WORKDIR;
  readonly files = new Map<string, string>();
  readonly fs = new FakeFs(this.files);
  readonly mounts: { tree: FileSystemTree; mountPoint: string | undefined }[] = [];
  readonly processes: FakeProcess[] = [];
  tornDown = false;
  /** What `node` does when spawned; tests replace it for the learner's run. */
  onSpawn: SpawnHandler = defaultNode;

  async mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void> {
    this.mounts.push({ tree, mountPoint: options?.mountPoint });
    flatten(tree, options?.mountPoint ?? '', this.files);
  }

  async spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess> {
    if (this.tornDown) throw new Error('fake: container was torn down');
    const process = new FakeProcess(command, args, options);
    this.processes.push(process);
    this.onSpawn(process);
    return process;
  }

  teardown(): void {
    if (this.tornDown) throw new Error('WebContainer already torn down');
    this.tornDown = true;
  }

  /** The processes that are the learner's (not our --version / probe runs). */
  get runs(): FakeProcess[] {
    return this.processes.filter((p) => !p.args.includes('--version') && !p.args.some((a) => a.includes('probe')));
  }
}

function flatten(tree: FileSystemTree, prefix: string, into: Map<string, string>): void {
  for (const [name, node] of Object.entries(tree)) {
    const path = prefix ? `${prefix}/${name}` : name;
    if ('directory' in node) flatten(node.directory, path, into);
    else if ('contents' in node.file) into.set(path, String(node.file.contents));
  }
}

export type BootBehaviour = 'ok' | 'hang' | Error;

/** The fake module: `boot()` resolves with a FakeContainer, hangs forever, or rejects. */
export class FakeWebContainerApi implements WebContainerApi {
  behaviour: BootBehaviour;
  readonly containers: FakeContainer[] = [];
  readonly bootOptions: unknown[] = [];
  apiKey: string | null = null;
  /** Applied to every container this fake boots. */
  onSpawn: SpawnHandler = defaultNode;

  constructor(behaviour: BootBehaviour = 'ok') {
    this.behaviour = behaviour;
  }

  get bootCalls(): number {
    return this.bootOptions.length;
  }

  get last(): FakeContainer {
    const container = this.containers.at(-1);
    if (!container) throw new Error('fake: nothing booted yet');
    return container;
  }

  async boot(options: unknown): Promise<Container> {
    this.bootOptions.push(options);
    if (this.behaviour === 'hang') return new Promise<Container>(() => {});
    if (this.behaviour instanceof Error) throw this.behaviour;
    const container = new FakeContainer();
    container.onSpawn = (p) => this.onSpawn(p);
    this.containers.push(container);
    return container;
  }

  configureAPIKey(key: string): void {
    this.apiKey = key;
  }
}

export interface FakeNodeKind {
  version: string;
  /** How the fake Node treats .ts: strips silently, strips with a warning, only with the flag, or not at all. */
  typescript: 'native' | 'native-warns' | 'flag' | 'none';
  /** False: `--import` is refused (a Node older than 20.6 / 18.19). */
  importWorks?: boolean;
}

/** A fake `node` of a given kind, for the probe tests: answers like such a Node would, roughly. */
export function fakeNode(kind: FakeNodeKind): SpawnHandler {
  return (process) =>
    queueMicrotask(() => {
      const { args } = process;
      const has = (flag: string) => args.includes(flag);
      const warning = '(node:42) ExperimentalWarning: Type Stripping is an experimental feature and might change at any time\r\n';
      const fail = (text: string, code = 1) => {
        process.print(text);
        process.exitWith(code);
      };
      if (has('--version')) return fail(`${kind.version}\r\n`, 0);
      if (kind.importWorks === false && args.some((a) => a.startsWith('--import'))) return fail('node: bad option: --import\r\n', 9);
      if (args.some((a) => a.endsWith('probe.mjs'))) return fail(`${PROBE_MARKER}\r\n`, 0);
      const quiet = has('--disable-warning=ExperimentalWarning');
      switch (kind.typescript) {
        case 'native':
          return fail(`${PROBE_MARKER}\r\n`, 0);
        case 'native-warns':
          return fail(`${quiet ? '' : warning}${PROBE_MARKER}\r\n`, 0);
        case 'flag':
          if (!has('--experimental-strip-types')) return fail('TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts"\r\n');
          return fail(`${quiet ? '' : warning}${PROBE_MARKER}\r\n`, 0);
        case 'none':
          if (has('--experimental-strip-types')) return fail('node: bad option: --experimental-strip-types\r\n', 9);
          return fail('TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts"\r\n');
      }
    });
}
