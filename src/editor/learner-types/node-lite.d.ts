// node-lite: a compact, hand-written subset of the Node.js 24 API for the course editor.
// Loaded into Monaco with addExtraLib(text, 'file:///node_modules/@types/node-lite/index.d.ts').
// Needs lib es2024 or later (SharedArrayBuffer, Atomics, Promise.withResolvers come from there) and no DOM lib.
// Only what the course uses is declared: a missing API here is an omission, not a claim that Node lacks it.

// ─────────────────────────────── shared types ───────────────────────────────

declare namespace NodeJS {
  type Dict<T> = { [key: string]: T | undefined };
  type Platform = 'aix' | 'android' | 'darwin' | 'freebsd' | 'haiku' | 'linux' | 'openbsd' | 'sunos' | 'win32' | 'cygwin' | 'netbsd';
  type Architecture = 'arm' | 'arm64' | 'ia32' | 'loong64' | 'mips' | 'mipsel' | 'ppc64' | 'riscv64' | 's390x' | 'x64';
  type Signals =
    | 'SIGABRT' | 'SIGALRM' | 'SIGBUS' | 'SIGCHLD' | 'SIGCONT' | 'SIGFPE' | 'SIGHUP' | 'SIGILL' | 'SIGINT' | 'SIGIO'
    | 'SIGIOT' | 'SIGKILL' | 'SIGPIPE' | 'SIGPOLL' | 'SIGPROF' | 'SIGPWR' | 'SIGQUIT' | 'SIGSEGV' | 'SIGSTKFLT'
    | 'SIGSTOP' | 'SIGSYS' | 'SIGTERM' | 'SIGTRAP' | 'SIGTSTP' | 'SIGTTIN' | 'SIGTTOU' | 'SIGUNUSED' | 'SIGURG'
    | 'SIGUSR1' | 'SIGUSR2' | 'SIGVTALRM' | 'SIGWINCH' | 'SIGXCPU' | 'SIGXFSZ' | 'SIGBREAK' | 'SIGLOST' | 'SIGINFO';
  /** An Error from a system call; `code` is e.g. 'ENOENT'. */
  interface ErrnoException extends Error { errno?: number; code?: string; path?: string; syscall?: string }
  /** Event name → listener arguments, e.g. `{ done: [id: number]; fail: [err: Error] }`. */
  type EventMap<E> = Record<keyof E, any[]>;
  /** The event names an emitter accepts: any string or symbol when it has no event map. */
  type EventName<E> = [keyof E] extends [never] ? string | symbol : keyof E & (string | symbol);
  type EventArgs<E, K> = K extends keyof E ? (E[K] extends any[] ? E[K] : any[]) : any[];
  type Listener<E, K> = (...args: EventArgs<E, K>) => void;
  /** Emitter methods shared by EventEmitter and Node's EventTarget-based emitters such as MessagePort. */
  interface NodeEventTarget<E extends EventMap<E> = {}> {
    /** Calls `listener` every time `eventName` is emitted. */ on<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    /** Alias of on(). */ addListener<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    /** Calls `listener` the next time `eventName` is emitted, then removes it. */
    once<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    /** Removes a listener added with on() or once() (alias of removeListener()). */
    off<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    removeListener<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    removeAllListeners(eventName?: EventName<E>): this;
    /** Calls the listeners of `eventName` synchronously, in order; returns true if there were any. */
    emit<K extends EventName<E>>(eventName: K, ...args: EventArgs<E, K>): boolean;
    listenerCount(eventName: EventName<E>, listener?: Function): number;
    eventNames(): (string | symbol)[];
    /** Above this many listeners for one event (default 10) Node prints a possible-leak warning. */ setMaxListeners(n: number): this;
    getMaxListeners(): number;
  }
  /** Node's event emitter. Built-in emitters (Worker, ChildProcess, process...) accept only their own event names. */
  interface EventEmitter<E extends EventMap<E> = {}> extends NodeEventTarget<E> {
    prependListener<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    prependOnceListener<K extends EventName<E>>(eventName: K, listener: Listener<E, K>): this;
    listeners(eventName: EventName<E>): Function[];
    rawListeners(eventName: EventName<E>): Function[];
  }
  interface ReadableEvents {
    /** A chunk: a Buffer, or a string after setEncoding(). */ data: [chunk: any];
    end: []; close: []; error: [err: Error]; readable: []; pause: []; resume: [];
  }
  /** Minimal readable stream (child stdout/stderr, worker stdout, process.stdin). */
  interface ReadableStream extends EventEmitter<ReadableEvents> {
    readable: boolean;
    setEncoding(encoding: BufferEncoding): this;
    pause(): this;
    resume(): this;
    pipe<T extends WritableStream>(destination: T, options?: { end?: boolean }): T;
    /** Iterates over the chunks with `for await`. */ [Symbol.asyncIterator](): AsyncIterableIterator<any>;
  }
  interface WritableEvents { drain: []; finish: []; close: []; error: [err: Error]; pipe: [src: ReadableStream]; unpipe: [src: ReadableStream] }
  /** Minimal writable stream (process.stdout, child stdin). */
  interface WritableStream extends EventEmitter<WritableEvents> {
    writable: boolean;
    /** Returns false when the internal buffer is full: wait for 'drain' before writing more. */
    write(chunk: string | Uint8Array, callback?: (err?: Error | null) => void): boolean;
    write(chunk: string, encoding?: BufferEncoding, callback?: (err?: Error | null) => void): boolean;
    end(callback?: () => void): this;
    end(chunk: string | Uint8Array, callback?: () => void): this;
  }
  interface WriteStream extends WritableStream {
    readonly fd: number;
    /** true when attached to a terminal. */ isTTY?: boolean;
    columns?: number;
    rows?: number;
  }
  interface ReadStream extends ReadableStream { readonly fd: number; isTTY?: boolean; setRawMode?(mode: boolean): this }
  /** A timer from setTimeout()/setInterval(): an object, not a number. It keeps the process alive unless unref()'d. */
  interface Timeout {
    /** Lets the process exit while this timer is still pending. */ unref(): this;
    /** Undoes unref(): the timer keeps the process alive again (the default). */ ref(): this;
    /** true if the timer keeps the event loop alive. */ hasRef(): boolean;
    /** Restarts the countdown with the original delay. */ refresh(): this;
    /** Cancels the timer, like clearTimeout(). */ close(): this;
    /** The numeric id, also accepted by clearTimeout(). */ [Symbol.toPrimitive](): number;
  }
  /** Handle returned by setImmediate(). */ interface Immediate { unref(): this; ref(): this; hasRef(): boolean }
  /** Bytes. */ interface MemoryUsage { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }
  /** CPU time in microseconds. */ interface CpuUsage { user: number; system: number }
  interface EventLoopUtilization {
    /** Milliseconds the event loop spent idle / busy. */ idle: number;
    active: number;
    /** active / (idle + active): 0 = always idle, 1 = always busy. */ utilization: number;
  }
  interface ProcessEnv extends Dict<string> { TZ?: string }
  interface ProcessVersions extends Dict<string> { node: string; v8: string; uv: string; modules: string }
  interface HRTime {
    /** [seconds, nanoseconds] from an arbitrary point; pass an earlier result to get the difference. */ (time?: [number, number]): [number, number];
    /** Nanoseconds from an arbitrary point, as a bigint. */ bigint(): bigint;
  }
  interface MemoryUsageFn {
    /** Memory used by this process, in bytes. */ (): MemoryUsage;
    /** Resident set size only (faster than memoryUsage()). */ rss(): number;
  }
  interface ProcessEvents extends Record<Signals, [signal: Signals]> {
    /** The process is exiting; only synchronous code runs in the listener. */ exit: [code: number];
    /** The event loop emptied; async work scheduled here keeps the process alive. */ beforeExit: [code: number];
    /** In a forked child: a message the parent sent with child.send(). */ message: [message: any, sendHandle: unknown];
    disconnect: [];
    unhandledRejection: [reason: unknown, promise: Promise<unknown>];
    rejectionHandled: [promise: Promise<unknown>];
    uncaughtException: [error: Error, origin: 'uncaughtException' | 'unhandledRejection'];
    warning: [warning: Error];
  }
  interface Process extends EventEmitter<ProcessEvents> {
    /** Id of this OS process. Worker threads report the same pid as their parent. */ readonly pid: number;
    /** Id of the parent process. */ readonly ppid: number;
    /** [execPath, scriptPath, ...arguments]: your arguments start at index 2. */ argv: string[];
    argv0: string;
    /** Node options that came before the script, e.g. ['--expose-gc']. */ execArgv: string[];
    /** Absolute path of the node executable. */ execPath: string;
    env: ProcessEnv;
    /** Code used when the process exits on its own, or via exit() with no argument. */ exitCode: number | string | null | undefined;
    /** Ends the process now with `code` (default: process.exitCode, else 0); pending async work is dropped. */
    exit(code?: number | string | null): never;
    readonly platform: Platform;
    readonly arch: Architecture;
    /** Node version string, e.g. 'v24.11.0'. */ readonly version: string;
    readonly versions: ProcessVersions;
    title: string;
    cwd(): string;
    chdir(directory: string): void;
    /** Seconds since this process started. */ uptime(): number;
    hrtime: HRTime;
    memoryUsage: MemoryUsageFn;
    /** CPU time of the whole process (all threads), in microseconds; pass an earlier result for a delta. */
    cpuUsage(previousValue?: CpuUsage): CpuUsage;
    /** CPU time of the calling thread only, in microseconds. */ threadCpuUsage(previousValue?: CpuUsage): CpuUsage;
    /** Bytes of memory still available to the process. */ availableMemory(): number;
    /** Memory limit imposed by the OS (e.g. cgroups), or 0 if none. */ constrainedMemory(): number;
    /** Kinds of the resources (timers, sockets...) currently keeping the event loop alive. */ getActiveResourcesInfo(): string[];
    /** Runs `callback` as soon as the current operation ends, before promise callbacks and I/O. */
    nextTick<TArgs extends any[]>(callback: (...args: TArgs) => void, ...args: TArgs): void;
    /** Sends `signal` (default 'SIGTERM') to the process `pid`. */ kill(pid: number, signal?: Signals | number): true;
    emitWarning(warning: string | Error, type?: string, code?: string): void;
    /** Sends a message to the parent. Only defined in a process started with an IPC channel (fork()): call `process.send?.(msg)`. */
    send?(message: any, callback?: (error: Error | null) => void): boolean;
    send?(message: any, sendHandle: unknown, options?: { keepOpen?: boolean }, callback?: (error: Error | null) => void): boolean;
    /** Closes the IPC channel to the parent. Only defined in a forked process. */ disconnect?(): void;
    /** true while the IPC channel to the parent is open; undefined without one. */ connected?: boolean;
    readonly stdout: WriteStream;
    readonly stderr: WriteStream;
    readonly stdin: ReadStream;
  }
}

type BufferEncoding = 'ascii' | 'utf8' | 'utf-8' | 'utf16le' | 'utf-16le' | 'ucs2' | 'ucs-2' | 'base64' | 'base64url' | 'latin1' | 'binary' | 'hex';

// ─────────────────────────────── globals ───────────────────────────────

/** The running Node.js process. */ declare var process: NodeJS.Process;
/** Node's older name for globalThis. */ declare var global: typeof globalThis;

interface Console {
  /** Prints to stdout with a newline; formats its arguments like util.format(). */ log(...data: any[]): void;
  info(...data: any[]): void;
  debug(...data: any[]): void;
  /** Prints to stderr. */ error(...data: any[]): void;
  /** Prints to stderr. */ warn(...data: any[]): void;
  trace(...data: any[]): void;
  dir(item: any, options?: { depth?: number | null; colors?: boolean; showHidden?: boolean }): void;
  /** Prints an array of objects (or an object) as a table. */ table(tabularData: any, properties?: readonly string[]): void;
  /** Starts a timer; timeEnd() with the same label prints the elapsed milliseconds. */ time(label?: string): void;
  timeEnd(label?: string): void;
  timeLog(label?: string, ...data: any[]): void;
  count(label?: string): void;
  countReset(label?: string): void;
  group(...label: any[]): void;
  groupEnd(): void;
  assert(condition?: boolean, ...data: any[]): void;
}
declare var console: Console;

/** Calls `callback` once, after at least `delay` ms (default 1). Returns a Timeout object, not a number. */
declare function setTimeout<TArgs extends any[]>(callback: (...args: TArgs) => void, delay?: number, ...args: TArgs): NodeJS.Timeout;
declare function setTimeout(callback: (_: void) => void, delay?: number): NodeJS.Timeout;
/** Cancels a setTimeout() timer. */ declare function clearTimeout(timeout: NodeJS.Timeout | string | number | undefined | null): void;
/** Calls `callback` every `delay` ms until clearInterval(). Returns a Timeout object. */
declare function setInterval<TArgs extends any[]>(callback: (...args: TArgs) => void, delay?: number, ...args: TArgs): NodeJS.Timeout;
declare function setInterval(callback: (_: void) => void, delay?: number): NodeJS.Timeout;
declare function clearInterval(timeout: NodeJS.Timeout | string | number | undefined | null): void;
/** Calls `callback` in the check phase of this event loop turn, after I/O callbacks. */
declare function setImmediate<TArgs extends any[]>(callback: (...args: TArgs) => void, ...args: TArgs): NodeJS.Immediate;
declare function setImmediate(callback: (_: void) => void): NodeJS.Immediate;
declare function clearImmediate(immediate: NodeJS.Immediate | undefined | null): void;
/** Queues `callback` as a microtask: it runs after the current code, together with promise callbacks. */
declare function queueMicrotask(callback: () => void): void;
/** Deep-copies `value` with the structured clone algorithm, the one postMessage() uses. */
declare function structuredClone<T = any>(value: T, options?: { transfer?: readonly import('node:worker_threads').Transferable[] }): T;

interface ImportMeta {
  /** file: URL of this module. */ url: string;
  /** Absolute path of the folder of this module. */ dirname: string;
  /** Absolute path of this module's file. */ filename: string;
  /** true when this module is the program's entry point. */ main: boolean;
  /** Resolves `specifier` relative to this module; returns a URL string. */ resolve(specifier: string): string;
}

interface ErrorConstructor {
  /** Sets `targetObject.stack`, leaving out the frames above `constructorOpt`. */
  captureStackTrace(targetObject: object, constructorOpt?: Function): void;
  stackTraceLimit: number;
}

interface EventInit { bubbles?: boolean; cancelable?: boolean; composed?: boolean }
interface EventListenerOptions { capture?: boolean }
interface AddEventListenerOptions extends EventListenerOptions {
  /** Remove the listener after its first call. */ once?: boolean;
  passive?: boolean;
  /** Remove the listener when this signal aborts. */ signal?: AbortSignal;
}
type EventListener = (event: Event) => void;
interface EventListenerObject { handleEvent(event: Event): void }
declare class Event {
  constructor(type: string, eventInitDict?: EventInit);
  readonly type: string;
  readonly bubbles: boolean; readonly cancelable: boolean; readonly composed: boolean; readonly defaultPrevented: boolean;
  readonly timeStamp: number;
  readonly target: EventTarget | null;
  readonly currentTarget: EventTarget | null;
  preventDefault(): void;
  stopPropagation(): void;
  stopImmediatePropagation(): void;
}
declare class EventTarget {
  addEventListener(type: string, listener: EventListener | EventListenerObject | null, options?: AddEventListenerOptions | boolean): void;
  removeEventListener(type: string, listener: EventListener | EventListenerObject | null, options?: EventListenerOptions | boolean): void;
  dispatchEvent(event: Event): boolean;
}
declare class CustomEvent<T = any> extends Event {
  constructor(type: string, eventInitDict?: EventInit & { detail?: T });
  readonly detail: T;
}
/** What MessagePort / BroadcastChannel `onmessage` and addEventListener('message') listeners receive. */
declare class MessageEvent<T = any> extends Event {
  constructor(type: string, eventInitDict?: EventInit & { data?: T });
  /** The message that was posted. */ readonly data: T;
}

/** Cancels async work: pass `controller.signal` to an API, later call `controller.abort()`. */
declare class AbortController {
  readonly signal: AbortSignal;
  /** Aborts `signal`; `reason` defaults to a DOMException named 'AbortError'. */ abort(reason?: any): void;
}
declare class AbortSignal extends EventTarget {
  private constructor();
  /** true once abort() was called (or the timeout elapsed). */ readonly aborted: boolean;
  /** The value given to abort(), or the default DOMException. */ readonly reason: any;
  onabort: ((this: AbortSignal, event: Event) => any) | null;
  /** Throws `reason` if this signal has been aborted. */ throwIfAborted(): void;
  /** A signal that is already aborted. */ static abort(reason?: any): AbortSignal;
  /** A signal that aborts after `milliseconds` with a DOMException named 'TimeoutError'. */ static timeout(milliseconds: number): AbortSignal;
  /** A signal that aborts as soon as one of `signals` aborts. */ static any(signals: AbortSignal[]): AbortSignal;
}
/** Web-platform error; `name` tells the kind ('AbortError', 'TimeoutError', 'DataCloneError'...). `instanceof Error` is true. */
interface DOMException extends Error { readonly code: number }
declare var DOMException: { prototype: DOMException; new (message?: string, options?: string | { name?: string; cause?: unknown }): DOMException };

interface BufferConstructor {
  /** Encodes `string` (UTF-8 by default) into a new Buffer. */ from(string: string, encoding?: BufferEncoding): Buffer<ArrayBuffer>;
  /** Copies the bytes of an array or typed array into a new Buffer. */ from(data: readonly number[] | Uint8Array): Buffer<ArrayBuffer>;
  /** A Buffer that views existing memory, without copying. */
  from<T extends ArrayBufferLike>(arrayBuffer: T, byteOffset?: number, length?: number): Buffer<T>;
  /** A zero-filled Buffer of `size` bytes. */
  alloc(size: number, fill?: string | number | Uint8Array, encoding?: BufferEncoding): Buffer<ArrayBuffer>;
  allocUnsafe(size: number): Buffer<ArrayBuffer>;
  /** Size in bytes of `string` once encoded (not its number of characters). */
  byteLength(string: string | ArrayBufferView | ArrayBufferLike, encoding?: BufferEncoding): number;
  /** Joins the buffers into a new one. */ concat(list: readonly Uint8Array[], totalLength?: number): Buffer<ArrayBuffer>;
  isBuffer(obj: unknown): obj is Buffer;
  compare(buf1: Uint8Array, buf2: Uint8Array): -1 | 0 | 1;
}
/** Node's byte array: a Uint8Array with text-encoding helpers. */
interface Buffer<TArrayBuffer extends ArrayBufferLike = ArrayBufferLike> extends Uint8Array<TArrayBuffer> {
  /** Decodes the bytes as text (UTF-8 by default). */ toString(encoding?: BufferEncoding, start?: number, end?: number): string;
  equals(other: Uint8Array): boolean;
  /** A view on the same memory, without copying. */ subarray(start?: number, end?: number): Buffer<TArrayBuffer>;
  write(string: string, offset?: number, length?: number, encoding?: BufferEncoding): number;
  copy(target: Uint8Array, targetStart?: number, sourceStart?: number, sourceEnd?: number): number;
  toJSON(): { type: 'Buffer'; data: number[] };
}
declare var Buffer: BufferConstructor;

type HeadersInit = Headers | Record<string, string> | [string, string][];
declare class Headers {
  constructor(init?: HeadersInit);
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  forEach(callback: (value: string, name: string, headers: Headers) => void): void;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
interface RequestInit {
  method?: string;
  headers?: HeadersInit;
  body?: string | Uint8Array | ArrayBuffer | URLSearchParams | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'error' | 'manual';
}
declare class Response {
  constructor(body?: string | Uint8Array | ArrayBuffer | null, init?: { status?: number; statusText?: string; headers?: HeadersInit });
  /** true for a 2xx status. */ readonly ok: boolean;
  readonly status: number; readonly statusText: string; readonly url: string; readonly redirected: boolean;
  readonly headers: Headers;
  readonly bodyUsed: boolean;
  json(): Promise<any>;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  bytes(): Promise<Uint8Array<ArrayBuffer>>;
  clone(): Response;
}
/** HTTP request. Rejects only on network errors or abort; a 404 or 500 still resolves (check `response.ok`). */
declare function fetch(input: string | URL, init?: RequestInit): Promise<Response>;

interface LockOptions {
  mode?: 'exclusive' | 'shared';
  /** Do not wait: the callback gets `null` if the lock is taken. */ ifAvailable?: boolean;
  steal?: boolean;
  signal?: AbortSignal;
}
interface Lock { readonly name: string; readonly mode: 'exclusive' | 'shared' }
interface LockInfo { name: string; mode: 'exclusive' | 'shared'; clientId: string }
/** Web Locks: named async locks shared by every thread of this process. */
interface LockManager {
  /** Waits for the lock `name`, holds it while `callback` (and the promise it returns) runs, then releases it. */
  request<T>(name: string, callback: (lock: Lock | null) => T): Promise<Awaited<T>>;
  request<T>(name: string, options: LockOptions, callback: (lock: Lock | null) => T): Promise<Awaited<T>>;
  query(): Promise<{ held: LockInfo[]; pending: LockInfo[] }>;
}
interface Navigator {
  /** Number of logical CPUs (same as os.availableParallelism()). */ readonly hardwareConcurrency: number;
  readonly language: string; readonly languages: readonly string[]; readonly platform: string; readonly userAgent: string;
  /** Web Locks shared by every thread of the process. */ readonly locks: LockManager;
}
declare var navigator: Navigator;

interface Crypto {
  /** Fills `array` with cryptographically strong random values and returns it. */ getRandomValues<T extends ArrayBufferView | null>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
  /** Only digest() is typed here. */
  readonly subtle: { digest(algorithm: string | { name: string }, data: ArrayBuffer | ArrayBufferView): Promise<ArrayBuffer>; [method: string]: any };
}
/** The Web Crypto API (also `webcrypto` from 'node:crypto'). */ declare var crypto: Crypto;

// Globals that are the same objects as these module exports.
declare var performance: import('node:perf_hooks').Performance;
type Performance = import('node:perf_hooks').Performance;
declare var PerformanceEntry: typeof import('node:perf_hooks').PerformanceEntry;
type PerformanceEntry = import('node:perf_hooks').PerformanceEntry;
declare var PerformanceMark: typeof import('node:perf_hooks').PerformanceMark;
type PerformanceMark = import('node:perf_hooks').PerformanceMark;
declare var PerformanceMeasure: typeof import('node:perf_hooks').PerformanceMeasure;
type PerformanceMeasure = import('node:perf_hooks').PerformanceMeasure;
declare var MessageChannel: typeof import('node:worker_threads').MessageChannel;
type MessageChannel = import('node:worker_threads').MessageChannel;
declare var MessagePort: typeof import('node:worker_threads').MessagePort;
type MessagePort = import('node:worker_threads').MessagePort;
declare var BroadcastChannel: typeof import('node:worker_threads').BroadcastChannel;
type BroadcastChannel = import('node:worker_threads').BroadcastChannel;
declare var URL: typeof import('node:url').URL;
type URL = import('node:url').URL;
declare var URLSearchParams: typeof import('node:url').URLSearchParams;
type URLSearchParams = import('node:url').URLSearchParams;
declare var TextEncoder: typeof import('node:util').TextEncoder;
type TextEncoder = import('node:util').TextEncoder;
declare var TextDecoder: typeof import('node:util').TextDecoder;
type TextDecoder = import('node:util').TextDecoder;

// ─────────────────────────────── modules ───────────────────────────────
// Each module is declared under its node: name; the bare name re-exports it.

declare module 'node:events' {
  type Emitter = NodeJS.NodeEventTarget<any> | EventTarget;
  /** `signal`: aborting rejects the promise with an AbortError. */ type OnceOptions = { signal?: AbortSignal };
  export interface EventEmitter<E extends NodeJS.EventMap<E> = {}> extends NodeJS.EventEmitter<E> {}
  /** Extend it for your own emitters; pass an event map for typed events: `class Jobs extends EventEmitter<{ done: [id: number] }> {}`. */
  export class EventEmitter<E extends NodeJS.EventMap<E> = {}> {
    constructor(options?: { captureRejections?: boolean });
    /** Resolves with the arguments of the next `eventName` event; rejects if 'error' is emitted first. */
    static once(emitter: Emitter, eventName: string | symbol, options?: OnceOptions): Promise<any[]>;
    /** Async iterator over the arguments of every `eventName` event (use `for await`). */
    static on(emitter: Emitter, eventName: string | symbol, options?: OnceOptions & { close?: string[] }): AsyncIterableIterator<any[]>;
    /** Max listeners per event before a possible-leak warning (default 10). */ static defaultMaxListeners: number;
    /** Listen to this symbol to see 'error' events without handling them. */ static readonly errorMonitor: unique symbol;
  }
  /** Resolves with the arguments of the next `eventName` event, e.g. `const [code] = await once(worker, 'exit')`. Rejects if 'error' comes first. */
  export function once(emitter: Emitter, eventName: string | symbol, options?: OnceOptions): Promise<any[]>;
  /** Async iterator over the arguments of every `eventName` event (use `for await`). */
  export function on(emitter: Emitter, eventName: string | symbol, options?: OnceOptions & { close?: string[] }): AsyncIterableIterator<any[]>;
  export function setMaxListeners(n?: number, ...eventTargets: Emitter[]): void;
  export const errorMonitor: typeof EventEmitter.errorMonitor;
  export default EventEmitter;
}
declare module 'events' {
  export * from 'node:events';
  export { default } from 'node:events';
}

declare module 'node:worker_threads' {
  import { EventEmitter } from 'node:events';
  /** What postMessage() can move to the receiver instead of copying (list them in `transferList`). */
  export type Transferable = ArrayBuffer | MessagePort | AbortSignal;
  export type TransferListItem = Transferable;
  export interface ResourceLimits { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number; codeRangeSizeMb?: number; stackSizeMb?: number }
  export interface WorkerOptions {
    /** Any cloneable value; the worker reads it as `workerData`. */ workerData?: any;
    /** Appended to `process.argv` inside the worker. */ argv?: any[];
    /** The worker's `process.env` (default: a copy of the parent's); SHARE_ENV shares it instead. */ env?: NodeJS.Dict<string> | typeof SHARE_ENV;
    /** Name shown in debugging tools. */ name?: string;
    /** Heap and stack limits; the worker is stopped if it exceeds them. */ resourceLimits?: ResourceLimits;
    /** true: the worker's output is not copied to the parent's automatically (read worker.stdout). */ stdout?: boolean;
    stderr?: boolean;
    stdin?: boolean;
    /** The first argument is JavaScript code, not a path. */ eval?: boolean;
    execArgv?: string[];
    /** Objects inside `workerData` to move instead of copy. */ transferList?: Transferable[];
  }
  interface PortEvents {
    /** A message arrived (already deserialized). */ message: [value: any];
    messageerror: [error: Error];
    close: [];
  }
  export interface MessagePort extends NodeJS.NodeEventTarget<PortEvents> {}
  /** One end of a two-way channel between threads. */
  export class MessagePort extends EventTarget {
    private constructor();
    /** Sends a structured clone of `value` to the other end; objects in `transferList` are moved, not copied. */
    postMessage(value: any, transferList?: readonly Transferable[]): void;
    /** Closes the channel; both ends emit 'close'. */ close(): void;
    /** Starts delivering messages (automatic once a 'message' listener is added). */ start(): void;
    ref(): void;
    /** Lets the thread exit even though this port is open. */ unref(): void;
    hasRef(): boolean;
    onmessage: ((event: MessageEvent) => void) | null;
    addEventListener(type: string, listener: ((event: MessageEvent) => void) | EventListenerObject | null, options?: AddEventListenerOptions | boolean): void;
    removeEventListener(type: string, listener: ((event: MessageEvent) => void) | EventListenerObject | null, options?: EventListenerOptions | boolean): void;
  }
  /** A pair of connected ports: what is posted on `port1` arrives on `port2`, and back. */
  export class MessageChannel {
    readonly port1: MessagePort;
    readonly port2: MessagePort;
  }
  /** One-to-many messages between every thread that opens a channel with the same name. */
  export class BroadcastChannel extends EventTarget {
    constructor(name: string);
    readonly name: string;
    postMessage(message: unknown): void;
    close(): void;
    ref(): this;
    unref(): this;
    onmessage: ((event: MessageEvent) => void) | null;
    onmessageerror: ((event: MessageEvent) => void) | null;
  }
  interface WorkerEvents {
    /** The worker called `parentPort.postMessage(value)`. */ message: [value: any];
    /** The worker threw an uncaught exception (it then exits). */ error: [err: any];
    /** The worker stopped; `exitCode` is 1 after an uncaught error. */ exit: [exitCode: number];
    /** The worker started running JavaScript. */ online: [];
    messageerror: [error: Error];
  }
  /** A JavaScript thread with its own event loop and V8 isolate, in this same process. */
  export class Worker extends EventEmitter<WorkerEvents> {
    /** @param filename Path or file: URL of the worker's module, e.g. `new URL('./worker.ts', import.meta.url)`. */
    constructor(filename: string | URL, options?: WorkerOptions);
    /** The worker's thread id: `threadId` inside the worker. */ readonly threadId: number;
    /** null unless the `stdin: true` option was given. */ readonly stdin: NodeJS.WritableStream | null;
    readonly stdout: NodeJS.ReadableStream;
    readonly stderr: NodeJS.ReadableStream;
    readonly resourceLimits?: ResourceLimits;
    readonly performance: { eventLoopUtilization(u1?: NodeJS.EventLoopUtilization, u2?: NodeJS.EventLoopUtilization): NodeJS.EventLoopUtilization };
    /** Sends a structured clone of `value`; the worker receives it with `parentPort.on('message', ...)`. */
    postMessage(value: any, transferList?: readonly Transferable[]): void;
    /** Stops the worker as soon as possible; resolves with its exit code. */ terminate(): Promise<number>;
    /** Keeps this process alive while the worker runs (the default). */ ref(): void;
    /** Lets this process exit even if the worker is still running. */ unref(): void;
  }
  /** false inside a Worker. */ export const isMainThread: boolean;
  /** true inside Node's own internal threads. */ export const isInternalThread: boolean;
  /** Inside a Worker: the port connected to the parent's Worker object. null on the main thread. */ export const parentPort: MessagePort | null;
  /** Inside a Worker: a copy of the `workerData` option. null on the main thread. */ export const workerData: any;
  /** Id of this thread: 0 on the main thread, 1, 2, ... in workers. */ export const threadId: number;
  export const resourceLimits: ResourceLimits;
  /** Give as the `env` option to share process.env with the worker instead of copying it. */ export const SHARE_ENV: unique symbol;
  /** Takes one queued message from `port` synchronously, or undefined if there is none. */
  export function receiveMessageOnPort(port: MessagePort): { message: any } | undefined;
  /** Makes `object` always copied, never transferred. */ export function markAsUntransferable(object: object): void;
  export function getEnvironmentData(key: unknown): any;
  export function setEnvironmentData(key: unknown, value?: unknown): void;
  /** Web Locks shared by every thread of the process (same as navigator.locks). */ export const locks: LockManager;
}
declare module 'worker_threads' { export * from 'node:worker_threads'; }

declare module 'node:child_process' {
  import { EventEmitter } from 'node:events';
  type StdioValue = 'pipe' | 'inherit' | 'ignore' | 'ipc' | 'overlapped' | number | null | undefined;
  export interface SpawnOptions {
    cwd?: string | URL;
    env?: NodeJS.Dict<string>;
    /** 'pipe' (default), 'inherit', 'ignore', or one entry per fd, e.g. ['pipe', 'inherit', 'inherit', 'ipc']. */
    stdio?: 'pipe' | 'inherit' | 'ignore' | readonly StdioValue[];
    shell?: boolean | string;
    detached?: boolean;
    signal?: AbortSignal;
    /** Milliseconds before the child is killed with `killSignal`. */ timeout?: number;
    killSignal?: NodeJS.Signals | number;
  }
  export interface ForkOptions extends SpawnOptions {
    /** Node options for the child (default: process.execArgv). */ execArgv?: string[];
    execPath?: string;
    /** true: the child's stdout/stderr are piped to the parent (child.stdout) instead of shared. */ silent?: boolean;
    /** 'advanced' sends messages with structured clone (Map, BigInt, typed arrays...) instead of JSON. */ serialization?: 'json' | 'advanced';
  }
  export interface ExecOptions { cwd?: string | URL; env?: NodeJS.Dict<string>; shell?: string; timeout?: number; maxBuffer?: number; signal?: AbortSignal }
  export interface ExecException extends Error { cmd?: string; killed?: boolean; code?: number; signal?: NodeJS.Signals }
  type ExecCallback = (error: ExecException | null, stdout: string, stderr: string) => void;
  interface ChildProcessEvents {
    /** The child called `process.send(message)`. */ message: [message: any, sendHandle: unknown];
    /** The child ended: `code` is its exit code, or null if a `signal` killed it. */ exit: [code: number | null, signal: NodeJS.Signals | null];
    /** The child ended and its stdio streams are closed (after 'exit'). */ close: [code: number | null, signal: NodeJS.Signals | null];
    /** Spawning, killing or sending a message failed. */ error: [err: Error];
    spawn: [];
    disconnect: [];
  }
  /** A child process started with fork(), spawn() or exec(). */
  export class ChildProcess extends EventEmitter<ChildProcessEvents> {
    /** OS process id; undefined if the process could not be spawned. */ readonly pid: number | undefined;
    readonly stdin: NodeJS.WritableStream | null;
    /** null unless stdout is piped (fork() needs `silent: true`). */ readonly stdout: NodeJS.ReadableStream | null;
    readonly stderr: NodeJS.ReadableStream | null;
    /** true while the IPC channel is open. */ readonly connected: boolean;
    /** The exit code; null while running or if a signal ended it. */ readonly exitCode: number | null;
    readonly signalCode: NodeJS.Signals | null;
    /** true once kill() delivered its signal. */ readonly killed: boolean;
    readonly spawnargs: string[];
    readonly spawnfile: string;
    /** Sends a message over the IPC channel; the child gets it with `process.on('message', ...)`. */
    send(message: any, callback?: (error: Error | null) => void): boolean;
    send(message: any, sendHandle: unknown, options?: { keepOpen?: boolean }, callback?: (error: Error | null) => void): boolean;
    /** Sends `signal` (default 'SIGTERM'). */ kill(signal?: NodeJS.Signals | number): boolean;
    /** Closes the IPC channel. */ disconnect(): void;
    ref(): void;
    unref(): void;
  }
  export interface ChildProcessWithoutNullStreams extends ChildProcess {
    readonly stdin: NodeJS.WritableStream;
    readonly stdout: NodeJS.ReadableStream;
    readonly stderr: NodeJS.ReadableStream;
  }
  export interface SpawnSyncReturns<T> {
    pid: number;
    output: (T | null)[];
    stdout: T;
    stderr: T;
    status: number | null;
    signal: NodeJS.Signals | null;
    error?: Error;
  }
  /** Starts a new Node.js process running `modulePath`, connected by an IPC channel (send() / 'message'). */
  export function fork(modulePath: string | URL, args?: readonly string[], options?: ForkOptions): ChildProcess;
  export function fork(modulePath: string | URL, options?: ForkOptions): ChildProcess;
  /** Starts `command` (no shell by default); its stdio are streams. */
  export function spawn(command: string, args?: readonly string[], options?: SpawnOptions & { stdio?: 'pipe' }): ChildProcessWithoutNullStreams;
  export function spawn(command: string, args: readonly string[], options: SpawnOptions): ChildProcess;
  export function spawn(command: string, options: SpawnOptions): ChildProcess;
  /** Runs `command` in a shell and collects its output. */ export function exec(command: string, callback?: ExecCallback): ChildProcess;
  export function exec(command: string, options: ExecOptions, callback?: ExecCallback): ChildProcess;
  export namespace exec {
    /** What util.promisify(exec) returns. */
    function __promisify__(command: string, options?: ExecOptions): Promise<{ stdout: string; stderr: string }>;
  }
  /** Runs the executable `file` (no shell) and collects its output. */ export function execFile(file: string, callback?: ExecCallback): ChildProcess;
  export function execFile(file: string, args: readonly string[] | null | undefined, callback?: ExecCallback): ChildProcess;
  export function execFile(file: string, args: readonly string[] | null | undefined, options: ExecOptions, callback?: ExecCallback): ChildProcess;
  export namespace execFile {
    function __promisify__(file: string, args?: readonly string[] | null, options?: ExecOptions): Promise<{ stdout: string; stderr: string }>;
  }
  /** Runs `command` in a shell and blocks until it exits; throws if the exit code is not 0. */
  export function execSync(command: string, options: ExecOptions & { encoding: BufferEncoding; input?: string }): string;
  export function execSync(command: string, options?: ExecOptions & { encoding?: 'buffer' | null; input?: string }): Buffer;
  /** Runs `command` and blocks until it exits; does not throw on a non-zero exit code. */
  export function spawnSync(command: string, args: readonly string[], options: SpawnOptions & { encoding: BufferEncoding; input?: string }): SpawnSyncReturns<string>;
  export function spawnSync(command: string, args?: readonly string[], options?: SpawnOptions & { input?: string }): SpawnSyncReturns<Buffer>;
}
declare module 'child_process' { export * from 'node:child_process'; }

declare module 'node:timers/promises' {
  interface TimerOptions {
    /** false: the pending timer does not keep the process alive. */ ref?: boolean;
    /** Aborting rejects the promise with an Error whose name is 'AbortError' (code 'ABORT_ERR'). */ signal?: AbortSignal;
  }
  /** Resolves with `value` after `delay` ms, without blocking the thread. */
  export function setTimeout<T = void>(delay?: number, value?: T, options?: TimerOptions): Promise<T>;
  /** Resolves with `value` in the check phase of the event loop. */
  export function setImmediate<T = void>(value?: T, options?: TimerOptions): Promise<T>;
  /** Yields `value` every `delay` ms; use with `for await`. */
  export function setInterval<T = void>(delay?: number, value?: T, options?: TimerOptions): AsyncIterableIterator<T>;
  export const scheduler: {
    /** Resolves after `delay` ms. */ wait(delay: number, options?: { signal?: AbortSignal }): Promise<void>;
    /** Resolves on a later turn of the event loop, letting other work run. */ yield(): Promise<void>;
  };
}
declare module 'timers/promises' { export * from 'node:timers/promises'; }

declare module 'node:os' {
  export interface CpuInfo {
    model: string;
    /** MHz. */ speed: number;
    /** Milliseconds spent in each mode since boot. */ times: { user: number; nice: number; sys: number; idle: number; irq: number };
  }
  /** One entry per logical CPU core. */ export function cpus(): CpuInfo[];
  /** How many tasks can truly run in parallel: usually the number of logical CPUs. */ export function availableParallelism(): number;
  /** Total system memory in bytes. */ export function totalmem(): number;
  /** Free system memory in bytes. */ export function freemem(): number;
  export function platform(): NodeJS.Platform;
  export function arch(): NodeJS.Architecture;
  export function type(): string;
  export function release(): string;
  export function hostname(): string;
  export function homedir(): string;
  export function tmpdir(): string;
  /** System uptime in seconds. */ export function uptime(): number;
  /** 1, 5 and 15 minute load averages ([0, 0, 0] on Windows). */ export function loadavg(): number[];
  export function endianness(): 'BE' | 'LE';
  /** '\n' on POSIX, '\r\n' on Windows. */ export const EOL: string;
  export const devNull: string;
}
declare module 'os' { export * from 'node:os'; }

declare module 'node:perf_hooks' {
  /** An entry on the performance timeline (mark, measure, gc...). */
  export class PerformanceEntry {
    protected constructor();
    readonly name: string;
    readonly entryType: string;
    /** Milliseconds since performance.timeOrigin. */ readonly startTime: number;
    readonly duration: number;
    readonly detail?: unknown;
    toJSON(): any;
  }
  export class PerformanceMark extends PerformanceEntry {
    constructor(name: string, options?: { detail?: unknown; startTime?: number });
    readonly entryType: 'mark';
    readonly duration: 0;
  }
  export class PerformanceMeasure extends PerformanceEntry {
    readonly entryType: 'measure';
  }
  export interface Performance {
    /** Milliseconds (fractional, high resolution) since timeOrigin: use differences to time code. */ now(): number;
    /** Unix time in ms when this thread started. */ readonly timeOrigin: number;
    /** Records a named point in time. */ mark(name: string, options?: { detail?: unknown; startTime?: number }): PerformanceMark;
    /** Records the duration between two marks (or from timeOrigin / to now). */
    measure(name: string, startMark?: string, endMark?: string): PerformanceMeasure;
    measure(name: string, options: { start?: number | string; end?: number | string; duration?: number; detail?: unknown }): PerformanceMeasure;
    clearMarks(name?: string): void;
    clearMeasures(name?: string): void;
    getEntries(): PerformanceEntry[];
    getEntriesByName(name: string, type?: string): PerformanceEntry[];
    getEntriesByType(type: string): PerformanceEntry[];
    /** How busy this thread's event loop has been; pass earlier results to get the change since then. */
    eventLoopUtilization(utilization1?: NodeJS.EventLoopUtilization, utilization2?: NodeJS.EventLoopUtilization): NodeJS.EventLoopUtilization;
    /** Wraps `fn` so that each call is recorded as a 'function' entry. */ timerify<T extends (...args: any[]) => any>(fn: T): T;
    toJSON(): any;
  }
  export const performance: Performance;
  export type EventLoopUtilization = NodeJS.EventLoopUtilization;
  /** Values in nanoseconds. */
  export interface Histogram {
    readonly min: number; readonly max: number; readonly mean: number; readonly stddev: number; readonly count: number;
    /** Number of samples above the maximum (one hour). */ readonly exceeds: number;
    readonly percentiles: Map<number, number>;
    percentile(percentile: number): number;
    reset(): void;
  }
  export interface IntervalHistogram extends Histogram {
    /** Starts sampling; false if it was already running. */ enable(): boolean;
    disable(): boolean;
  }
  /** Samples the event loop delay (nanoseconds) every `resolution` ms (default 10) while enabled. */
  export function monitorEventLoopDelay(options?: { resolution?: number }): IntervalHistogram;
}
declare module 'perf_hooks' { export * from 'node:perf_hooks'; }

declare module 'node:util' {
  export interface InspectOptions {
    /** Levels of nesting to show (default 2; null for all). */ depth?: number | null;
    colors?: boolean; showHidden?: boolean; compact?: boolean | number; breakLength?: number; sorted?: boolean;
    maxArrayLength?: number | null;
    maxStringLength?: number | null;
  }
  /** The string console.log() would print for `object`. */ export function inspect(object: unknown, options?: InspectOptions): string;
  export namespace inspect {
    /** Name a method with this symbol to customize how inspect() shows your objects. */ const custom: unique symbol;
  }
  /** printf-like formatting with %s %d %i %f %j %o %O %%. */ export function format(format?: any, ...param: any[]): string;
  export function isDeepStrictEqual(val1: unknown, val2: unknown): boolean;
  /** Resolves when `signal` aborts. */ export function aborted(signal: AbortSignal, resource: any): Promise<void>;
  /** Wraps text in terminal styles, e.g. styleText(['bold', 'green'], 'ok'). */
  export function styleText(format: string | readonly string[], text: string, options?: { validateStream?: boolean; stream?: NodeJS.WritableStream }): string;
  type CustomPromisified<T> = { __promisify__: T };
  /** Turns a function whose last parameter is an error-first callback into one that returns a Promise. */
  export function promisify<T>(fn: CustomPromisified<T>): T;
  export function promisify<A extends any[], R>(fn: (...args: [...A, (err: any, result: R) => void]) => void): (...args: A) => Promise<R>;
  export function promisify<A extends any[]>(fn: (...args: [...A, (err?: any) => void]) => void): (...args: A) => Promise<void>;
  export function promisify(fn: Function): Function;
  export namespace promisify {
    /** Symbol under which a function can provide its own promise-returning version. */ const custom: unique symbol;
  }
  export namespace types {
    function isPromise(object: unknown): object is Promise<unknown>;
    function isAsyncFunction(object: unknown): boolean;
    function isSharedArrayBuffer(object: unknown): object is SharedArrayBuffer;
    function isNativeError(object: unknown): object is Error;
  }
  /** Encodes strings as UTF-8 bytes. */
  export class TextEncoder {
    readonly encoding: 'utf-8';
    encode(input?: string): Uint8Array<ArrayBuffer>;
    encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
  }
  /** Decodes bytes (UTF-8 by default) into a string. Views on a SharedArrayBuffer are accepted. */
  export class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    readonly encoding: string; readonly fatal: boolean; readonly ignoreBOM: boolean;
    decode(input?: ArrayBufferView | ArrayBufferLike, options?: { stream?: boolean }): string;
  }
}
declare module 'util' { export * from 'node:util'; }

declare module 'node:crypto' {
  export type BinaryLike = string | ArrayBufferView;
  export type UUID = `${string}-${string}-${string}-${string}-${string}`;
  export interface Hash {
    /** Adds data; can be called many times. */ update(data: BinaryLike, inputEncoding?: BufferEncoding): Hash;
    /** Finishes the hash; the object cannot be used afterwards. */ digest(): Buffer;
    digest(encoding: 'hex' | 'base64' | 'base64url' | 'latin1'): string;
    copy(): Hash;
  }
  /** A uniformly random integer with 0 <= n < max. */ export function randomInt(max: number): number;
  /** A uniformly random integer with min <= n < max. */ export function randomInt(min: number, max: number): number;
  export function randomInt(max: number, callback: (err: Error | null, value: number) => void): void;
  export function randomInt(min: number, max: number, callback: (err: Error | null, value: number) => void): void;
  /** A random version 4 UUID. */ export function randomUUID(options?: { disableEntropyCache?: boolean }): UUID;
  /** `size` cryptographically strong random bytes; the callback form runs on the libuv thread pool. */
  export function randomBytes(size: number): Buffer;
  export function randomBytes(size: number, callback: (err: Error | null, buf: Buffer) => void): void;
  export function getRandomValues<T extends ArrayBufferView>(typedArray: T): T;
  /** e.g. `createHash('sha256').update(text).digest('hex')`. */
  export function createHash(algorithm: string, options?: { outputLength?: number }): Hash;
  export function createHmac(algorithm: string, key: BinaryLike): Hash;
  /** One-shot hash of `data`, as a hex string by default. */
  export function hash(algorithm: string, data: BinaryLike, outputEncoding?: 'hex' | 'base64' | 'base64url' | 'latin1'): string;
  export function hash(algorithm: string, data: BinaryLike, outputEncoding: 'buffer'): Buffer;
  /** Slow key derivation that runs on the libuv thread pool (4 threads by default): handy for thread-pool experiments. */
  export function pbkdf2(password: BinaryLike, salt: BinaryLike, iterations: number, keylen: number, digest: string, callback: (err: Error | null, derivedKey: Buffer) => void): void;
  /** pbkdf2 on the calling thread: blocks it until done. */
  export function pbkdf2Sync(password: BinaryLike, salt: BinaryLike, iterations: number, keylen: number, digest: string): Buffer;
  export function scrypt(password: BinaryLike, salt: BinaryLike, keylen: number, callback: (err: Error | null, derivedKey: Buffer) => void): void;
  export function scryptSync(password: BinaryLike, salt: BinaryLike, keylen: number, options?: { N?: number; r?: number; p?: number; maxmem?: number }): Buffer;
  export const webcrypto: Crypto;
}
declare module 'crypto' { export * from 'node:crypto'; }

declare module 'node:fs' {
  export type PathLike = string | Buffer | URL;
  export interface Stats {
    size: number; mode: number; mtimeMs: number; birthtimeMs: number; mtime: Date;
    isFile(): boolean;
    isDirectory(): boolean;
    isSymbolicLink(): boolean;
  }
  export type WriteData = string | Uint8Array;
  export type EncodingOption = BufferEncoding | { encoding: BufferEncoding; flag?: string };
  export type WriteOptions = BufferEncoding | { encoding?: BufferEncoding | null; mode?: number; flag?: string; signal?: AbortSignal } | null;
  type Callback<T> = (err: NodeJS.ErrnoException | null, data: T) => void;
  export function existsSync(path: PathLike): boolean;
  /** Reads the whole file: a string if an encoding is given, else a Buffer. Blocks the thread. */
  export function readFileSync(path: PathLike | number, options: EncodingOption): string;
  export function readFileSync(path: PathLike | number, options?: { encoding?: null; flag?: string } | null): Buffer;
  export function writeFileSync(file: PathLike | number, data: WriteData, options?: WriteOptions): void;
  export function appendFileSync(file: PathLike | number, data: WriteData, options?: WriteOptions): void;
  export function mkdirSync(path: PathLike, options?: { recursive?: boolean; mode?: number }): string | undefined;
  export function readdirSync(path: PathLike, options?: { recursive?: boolean } | BufferEncoding): string[];
  export function rmSync(path: PathLike, options?: { recursive?: boolean; force?: boolean }): void;
  export function unlinkSync(path: PathLike): void;
  export function statSync(path: PathLike): Stats;
  /** Callback style: the callback gets (err, data). */ export function readFile(path: PathLike | number, callback: Callback<Buffer>): void;
  export function readFile(path: PathLike | number, options: EncodingOption, callback: Callback<string>): void;
  export function writeFile(file: PathLike | number, data: WriteData, callback: (err: NodeJS.ErrnoException | null) => void): void;
  export * as promises from 'node:fs/promises';
}
declare module 'fs' { export * from 'node:fs'; }

declare module 'node:fs/promises' {
  import type { PathLike, Stats, WriteData, WriteOptions } from 'node:fs';
  /** Reads the whole file: a string if an encoding is given, else a Buffer. */
  export function readFile(path: PathLike, options: BufferEncoding | { encoding: BufferEncoding; flag?: string; signal?: AbortSignal }): Promise<string>;
  export function readFile(path: PathLike, options?: { encoding?: null; flag?: string; signal?: AbortSignal } | null): Promise<Buffer>;
  /** Replaces the file's contents, creating the file if needed. */
  export function writeFile(file: PathLike, data: WriteData, options?: WriteOptions): Promise<void>;
  export function appendFile(file: PathLike, data: WriteData, options?: WriteOptions): Promise<void>;
  /** With `recursive: true`, resolves to the first folder created (or undefined). */
  export function mkdir(path: PathLike, options?: { recursive?: boolean; mode?: number }): Promise<string | undefined>;
  export function readdir(path: PathLike, options?: { recursive?: boolean } | BufferEncoding): Promise<string[]>;
  export function rm(path: PathLike, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
  export function unlink(path: PathLike): Promise<void>;
  export function rename(oldPath: PathLike, newPath: PathLike): Promise<void>;
  export function stat(path: PathLike): Promise<Stats>;
  export function access(path: PathLike, mode?: number): Promise<void>;
  /** Creates a new temporary folder whose name starts with `prefix`. */ export function mkdtemp(prefix: string): Promise<string>;
}
declare module 'fs/promises' { export * from 'node:fs/promises'; }

declare module 'node:path' {
  export interface ParsedPath { root: string; dir: string; base: string; ext: string; name: string }
  /** Joins the segments with the platform separator and normalizes the result. */ export function join(...paths: string[]): string;
  /** Resolves the segments, right to left, into an absolute path (relative to process.cwd()). */ export function resolve(...paths: string[]): string;
  export function dirname(path: string): string;
  /** The last segment, without `suffix` if it ends with it. */ export function basename(path: string, suffix?: string): string;
  /** The extension with its dot, e.g. '.ts' (or ''). */ export function extname(path: string): string;
  export function relative(from: string, to: string): string;
  export function normalize(path: string): string;
  export function isAbsolute(path: string): boolean;
  export function parse(path: string): ParsedPath;
  export function format(pathObject: Partial<ParsedPath>): string;
  /** '/' on POSIX, '\\' on Windows. */ export const sep: '/' | '\\';
  /** ':' on POSIX, ';' on Windows. */ export const delimiter: ':' | ';';
  export const posix: typeof import('node:path');
  export const win32: typeof import('node:path');
}
declare module 'path' { export * from 'node:path'; }

declare module 'node:url' {
  /** A parsed URL (WHATWG). */
  export class URL {
    constructor(input: string | URL, base?: string | URL);
    /** true if `input` (relative to `base`) parses as a URL. */ static canParse(input: string, base?: string): boolean;
    /** Like `new URL()`, but returns null instead of throwing. */ static parse(input: string, base?: string): URL | null;
    href: string;
    readonly origin: string;
    protocol: string; username: string; password: string; host: string; hostname: string; port: string;
    pathname: string;
    search: string;
    readonly searchParams: URLSearchParams;
    hash: string;
    toString(): string;
    toJSON(): string;
  }
  export class URLSearchParams {
    constructor(init?: string | Record<string, string> | Iterable<[string, string]> | URLSearchParams);
    readonly size: number;
    append(name: string, value: string): void;
    delete(name: string, value?: string): void;
    get(name: string): string | null;
    getAll(name: string): string[];
    has(name: string, value?: string): boolean;
    set(name: string, value: string): void;
    forEach(callback: (value: string, name: string, searchParams: URLSearchParams) => void): void;
    entries(): IterableIterator<[string, string]>;
    keys(): IterableIterator<string>;
    values(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, string]>;
    toString(): string;
  }
  /** Converts a file: URL (such as import.meta.url) to a file path. */ export function fileURLToPath(url: string | URL): string;
  /** Converts a path (absolute, or relative to process.cwd()) to a file: URL. */ export function pathToFileURL(path: string): URL;
}
declare module 'url' { export * from 'node:url'; }

declare module 'node:assert' {
  /** Throws an AssertionError if `value` is falsy. */ function assert(value: unknown, message?: string | Error): asserts value;
  namespace assert {
    class AssertionError extends Error {
      constructor(options: { message?: string; actual?: unknown; expected?: unknown; operator?: string });
      actual: unknown;
      expected: unknown;
      operator: string;
      code: 'ERR_ASSERTION';
    }
    type Matcher = RegExp | Function | object | Error;
    type Message = string | Error;
    /** Throws if `value` is falsy. */ function ok(value: unknown, message?: Message): asserts value;
    /** `==` comparison (in assert/strict: like strictEqual). */ function equal(actual: unknown, expected: unknown, message?: Message): void;
    function notEqual(actual: unknown, expected: unknown, message?: Message): void;
    /** Object.is() comparison. */ function strictEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T;
    function notStrictEqual(actual: unknown, expected: unknown, message?: Message): void;
    function deepEqual(actual: unknown, expected: unknown, message?: Message): void;
    /** Deep comparison of values, prototypes and types. */
    function deepStrictEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T;
    function notDeepStrictEqual(actual: unknown, expected: unknown, message?: Message): void;
    /** Expects `fn` to throw (an error matching `error`, if given). */ function throws(fn: () => unknown, error?: Matcher, message?: Message): void;
    function doesNotThrow(fn: () => unknown, message?: Message): void;
    /** Awaits the promise (or fn()) and expects it to reject (with an error matching `error`, if given). */
    function rejects(fn: (() => Promise<unknown>) | Promise<unknown>, error?: Matcher, message?: Message): Promise<void>;
    function doesNotReject(fn: (() => Promise<unknown>) | Promise<unknown>, message?: Message): Promise<void>;
    function match(value: string, regExp: RegExp, message?: Message): void;
    function fail(message?: Message): never;
    /** Strict mode: equal() works like strictEqual(), deepEqual() like deepStrictEqual(). */ const strict: typeof assert;
  }
  export = assert;
}
declare module 'assert' {
  import assert = require('node:assert');
  export = assert;
}
declare module 'node:assert/strict' {
  import { strict } from 'node:assert';
  export = strict;
}
declare module 'assert/strict' {
  import { strict } from 'node:assert';
  export = strict;
}

declare module 'node:cluster' {
  import type { ChildProcess } from 'node:child_process';
  import { EventEmitter } from 'node:events';
  export interface ClusterSettings {
    /** Script the workers run (default: process.argv[1]). */ exec?: string;
    args?: string[];
    execArgv?: string[];
    silent?: boolean;
    serialization?: 'json' | 'advanced';
  }
  type Address = { address: string; port: number; addressType: number | string };
  interface WorkerEvents {
    message: [message: any, handle: unknown];
    exit: [code: number, signal: string];
    online: []; disconnect: []; listening: [address: Address]; error: [error: Error];
  }
  /** A cluster worker: cluster.fork() and cluster.workers in the primary, cluster.worker in the worker itself. */
  export class Worker extends EventEmitter<WorkerEvents> {
    private constructor();
    /** 1, 2, ...: the key in cluster.workers. */ readonly id: number;
    /** The worker's process, created with child_process.fork(). */ readonly process: ChildProcess;
    exitedAfterDisconnect: boolean | undefined;
    send(message: any, callback?: (error: Error | null) => void): boolean;
    kill(signal?: NodeJS.Signals): void;
    disconnect(): this;
    isConnected(): boolean;
    isDead(): boolean;
  }
  interface ClusterEvents {
    exit: [worker: Worker, code: number, signal: string];
    message: [worker: Worker, message: any, handle: unknown];
    fork: [worker: Worker]; online: [worker: Worker]; disconnect: [worker: Worker];
    listening: [worker: Worker, address: Address];
    setup: [settings: ClusterSettings];
  }
  export interface Cluster extends EventEmitter<ClusterEvents> {
    /** true in the primary process. */ readonly isPrimary: boolean;
    /** @deprecated Use isPrimary. */ readonly isMaster: boolean;
    /** true in a worker process. */ readonly isWorker: boolean;
    /** In a worker: this worker. Undefined in the primary. */ readonly worker?: Worker;
    /** In the primary: the live workers by id. Undefined in workers. */ readonly workers?: NodeJS.Dict<Worker>;
    readonly settings: ClusterSettings;
    /** Primary only: starts a new worker process running the same script. */ fork(env?: Record<string, any>): Worker;
    setupPrimary(settings?: ClusterSettings): void;
    disconnect(callback?: () => void): void;
  }
  const cluster: Cluster;
  export default cluster;
}
declare module 'cluster' {
  export * from 'node:cluster';
  export { default } from 'node:cluster';
}

declare module 'node:process' {
  const process: NodeJS.Process;
  export = process;
}
declare module 'process' {
  const process: NodeJS.Process;
  export = process;
}
