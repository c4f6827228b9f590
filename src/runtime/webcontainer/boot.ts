/**
 * Owns the page's one WebContainer: boots it once (probe first, then a bounded boot), sets it up,
 * hands it to every run, restarts it when a process will not die, and tears it down when the page
 * goes away. The library allows one instance per page, and a boot that timed out keeps its lock for
 * good, so any failure here is final for the page: the learner is told to reload.
 */
import { loadWebContainerApi, type Container, type WebContainerApi } from './api.ts';
import { baseTree } from './base-files.ts';
import { bootTimeoutMs, COEP, configuredApiKey, iframeOrigin, SETUP_TIMEOUT_MS } from './config.ts';
import { DeadlineError, errorText, withDeadline } from './deadline.ts';
import { FileSync } from './file-sync.ts';
import { problems, WebContainerProblem, type Problem } from './messages.ts';
import { canReach } from './network-probe.ts';
import { probeNode } from './node-setup.ts';

export type HostState =
  | { phase: 'idle' }
  | { phase: 'needs-consent' }
  | { phase: 'starting' }
  | { phase: 'restarting' }
  | { phase: 'ready'; nodeVersion: string }
  | { phase: 'failed'; problem: Problem };

/** A booted and set-up container, ready for runs. */
export interface Ready {
  container: Container;
  nodeVersion: string;
  /** Flags before `--import`, e.g. `--experimental-strip-types` (see node-setup.ts). */
  flags: readonly string[];
  files: FileSync;
}

export interface HostOptions {
  loadApi?: () => Promise<WebContainerApi>;
  /** Whether the WebContainer origin answers (network-probe.ts). */
  reachable?: (origin: string) => Promise<boolean>;
  origin?: string;
  bootTimeoutMs?: number;
  setupTimeoutMs?: number;
  apiKey?: string | undefined;
  /** iOS/iPadOS: wait for `allow()` before booting (a boot can crash the tab there). */
  needsConsent?: boolean;
}

export class ContainerHost {
  readonly bootTimeoutMs: number;
  readonly #options: HostOptions;
  readonly #origin: string;
  #state: HostState;
  readonly #listeners = new Set<() => void>();
  #pending: Promise<Ready> | null = null;
  #ready: Ready | null = null;
  #final: Problem | null = null;
  /** Bumped by every boot and teardown: a boot that finishes for an older generation is discarded. */
  #generation = 0;
  /** The Node probe's answer: the same after a restart, so it is asked once per page. */
  #node: { version: string; flags: readonly string[] } | null = null;
  #keyConfigured = false;

  constructor(options: HostOptions = {}) {
    this.#options = options;
    this.#origin = options.origin ?? iframeOrigin();
    this.bootTimeoutMs = options.bootTimeoutMs ?? bootTimeoutMs();
    this.#state = options.needsConsent ? { phase: 'needs-consent' } : { phase: 'idle' };
  }

  get state(): HostState {
    return this.#state;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts booting in the background, unless that is under way, done, waiting for consent or failed. */
  start(): void {
    if (this.#state.phase === 'idle') this.ready().catch(() => {});
  }

  /** The learner agreed to boot on iOS/iPadOS. */
  allow(): void {
    if (this.#state.phase !== 'needs-consent') return;
    this.#set({ phase: 'idle' });
    this.start();
  }

  /** The container, booting it if needed. Rejects with a WebContainerProblem, always within the bounds. */
  ready(): Promise<Ready> {
    if (this.#final) return Promise.reject(new WebContainerProblem(this.#final));
    if (this.#ready) return Promise.resolve(this.#ready);
    if (this.#state.phase === 'needs-consent') return Promise.reject(new WebContainerProblem(problems.needsConsent()));
    this.#pending ??= this.#boot(false);
    return this.#pending;
  }

  /** Tears the container down and boots a new one: for a process that ignored `kill()`. */
  restart(): void {
    if (this.#final) return;
    this.#discard();
    this.#pending = this.#boot(true);
    this.#pending.catch(() => {});
  }

  /** The page is going away (pagehide): free the container; a page restored from the back/forward cache boots again on demand. */
  teardown(): void {
    this.#discard();
    if (!this.#final && this.#state.phase !== 'needs-consent') this.#set({ phase: 'idle' });
  }

  #discard(): void {
    this.#generation++;
    const old = this.#ready;
    this.#ready = null;
    this.#pending = null;
    try {
      old?.container.teardown();
    } catch {
      // already torn down
    }
  }

  #set(state: HostState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  async #boot(restarting: boolean): Promise<Ready> {
    const generation = ++this.#generation;
    this.#set({ phase: restarting ? 'restarting' : 'starting' });
    const stale = () => generation !== this.#generation;
    try {
      const ready = await this.#bootSteps(restarting, stale);
      if (stale()) {
        ready.container.teardown();
        throw new WebContainerProblem(problems.tornDown());
      }
      this.#ready = ready;
      this.#set({ phase: 'ready', nodeVersion: ready.nodeVersion });
      return ready;
    } catch (error) {
      const problem = error instanceof WebContainerProblem ? error.problem : problems.bootFailed(errorText(error));
      if (!stale() && problem.code !== 'torn-down') {
        this.#final = problem;
        this.#set({ phase: 'failed', problem });
      }
      throw new WebContainerProblem(problem);
    }
  }

  async #bootSteps(restarting: boolean, stale: () => boolean): Promise<Ready> {
    const fail = (problem: Problem) => new WebContainerProblem(problem);
    const setupMs = this.#options.setupTimeoutMs ?? SETUP_TIMEOUT_MS;
    // 1. Offline, boot() would never settle: ask the network first (not again for a restart).
    if (!restarting) {
      const reachable = await (this.#options.reachable ?? canReach)(this.#origin);
      if (!reachable) throw fail(problems.noNetwork(this.#origin));
    }
    // 2. The library itself, loaded only now.
    let api: WebContainerApi;
    try {
      api = await (this.#options.loadApi ?? loadWebContainerApi)();
    } catch (error) {
      throw fail(problems.loadFailed(errorText(error)));
    }
    const key = 'apiKey' in this.#options ? this.#options.apiKey : configuredApiKey();
    if (key && !this.#keyConfigured) {
      this.#keyConfigured = true;
      api.configureAPIKey(key); // must come before the first boot; it only sets the iframe's query
    }
    // 3. The boot, bounded. A boot that finishes after we gave up is torn down at once.
    const booting = api.boot({ coep: COEP, workdirName: 'course' });
    let container: Container;
    try {
      container = await withDeadline(booting, this.bootTimeoutMs, 'WebContainer boot');
    } catch (error) {
      if (error instanceof DeadlineError) {
        booting.then((late) => late.teardown(), () => {});
        throw fail(problems.bootTimeout(this.bootTimeoutMs));
      }
      throw fail(problems.bootFailed(errorText(error)));
    }
    if (stale()) return { container, nodeVersion: '', flags: [], files: new FileSync() };
    // 4. Our files, then what this Node can do (asked once per page).
    try {
      await withDeadline(container.mount(baseTree()), setupMs, 'mounting the course files');
      if (!this.#node) {
        const node = await probeNode(container, setupMs);
        if (!node.ok) {
          container.teardown();
          throw fail(node.problem);
        }
        this.#node = { version: node.version, flags: node.flags };
      }
    } catch (error) {
      if (error instanceof WebContainerProblem) throw error;
      try {
        container.teardown();
      } catch {
        // nothing more to free
      }
      throw fail(problems.setupFailed(errorText(error)));
    }
    return { container, nodeVersion: this.#node.version, flags: this.#node.flags, files: new FileSync() };
  }
}
