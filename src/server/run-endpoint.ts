/**
 * `POST /api/run` and `GET /api/health` as plain Node `(req, res)` handlers, so the same code
 * serves `npm start` (node:http) and `astro dev` (Vite's Connect middleware).
 *
 * A run streams NDJSON: one RunEvent per line, written the moment it happens. Every write is
 * guarded: a client that went away must never make a handler throw (in dev that took the whole
 * `astro dev` server down).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RunRequest } from '../run-contract/events.ts';
import type { RunHandle } from '../run-contract/events.ts';
import { resolveLimits, startRun, type RunLimits } from '../runner/run-program.ts';
import { isRunLocale, runMessages, type RunLocale } from '../run-contract/messages.ts';
import { checkRunFiles } from '../run-contract/run-files.ts';
import { checkHealthRequest, checkRunRequest, refuse, sendJson, setIsolationHeaders } from './origin-guard.ts';
import { HEALTH_PATH, RUN_PATH } from '../runtime/local/local-protocol.ts';

const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_CONCURRENT_RUNS = 4;
const MAX_TAB_ID_LENGTH = 200;

export interface RunEndpointOptions {
  /** The per-server secret pages must send in X-Course-Token. */
  token: string;
  /** Runs at once across the server; more get 429. Default 4. */
  maxConcurrentRuns?: number;
  /** Limits for every run (the request's timeLimitMs still applies, clamped). */
  limits?: Partial<RunLimits>;
  /** Largest accepted request body in bytes; more gets 413. Default 2 MiB. */
  maxBodyBytes?: number;
}

export type NextFunction = (error?: unknown) => void;

export interface RunEndpoint {
  /** Handles POST /api/run (any path: routing is the caller's job). */
  handleRun(req: IncomingMessage, res: ServerResponse): void;
  /** Handles GET /api/health. */
  handleHealth(req: IncomingMessage, res: ServerResponse): void;
  /** Connect-style: answers the two API paths, passes anything else to `next` (404 without one). */
  middleware(req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  /** Stops every run and waits (briefly) until their processes are gone. */
  stopAll(): Promise<void>;
  /** Runs currently counted against the concurrency bound. */
  readonly activeRuns: number;
}

/** The JSON body of POST /api/run. */
interface RunBody {
  files: Record<string, string>;
  entry: string;
  timeLimitMs?: number;
  tabId?: string;
  /** The page's language, for the runner's messages. */
  locale?: RunLocale;
}

interface ActiveRun {
  handle: RunHandle;
  tabId: string | undefined;
  done: Promise<void>;
}

/** The pathname of a request URL, without query or fragment. */
export function pathnameOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Checks the parsed body; returns the run body or a message for a 400. */
function validateRunBody(value: unknown): RunBody | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'The body must be a JSON object.';
  const body = value as Record<string, unknown>;
  const { files, entry, timeLimitMs, tabId, locale } = body;
  if (files === null || typeof files !== 'object' || Array.isArray(files)) {
    return '"files" must be an object mapping file names to their text.';
  }
  for (const [name, text] of Object.entries(files)) {
    if (typeof text !== 'string') return `"files" must map names to text; ${JSON.stringify(name.slice(0, 60))} is not text.`;
  }
  if (typeof entry !== 'string' || entry === '') return '"entry" must be the name of the file to run, e.g. "main.ts".';
  if (timeLimitMs !== undefined && (typeof timeLimitMs !== 'number' || !Number.isFinite(timeLimitMs) || timeLimitMs <= 0)) {
    return '"timeLimitMs" must be a positive number of milliseconds.';
  }
  if (tabId !== undefined && (typeof tabId !== 'string' || tabId.length === 0 || tabId.length > MAX_TAB_ID_LENGTH)) {
    return `"tabId" must be a non-empty string of at most ${MAX_TAB_ID_LENGTH} characters.`;
  }
  if (locale !== undefined && !isRunLocale(locale)) return '"locale" must be "en" or "zh-CN".';
  const problem = checkRunFiles(files as Record<string, string>, entry);
  if (problem) {
    const messages = runMessages(locale);
    return messages.cannotRun(messages.fileProblem(problem));
  }
  const out: RunBody = { files: files as Record<string, string>, entry };
  if (locale !== undefined) out.locale = locale;
  if (timeLimitMs !== undefined) out.timeLimitMs = timeLimitMs as number;
  if (tabId !== undefined) out.tabId = tabId as string;
  return out;
}

type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413; error: string } | { ok: false; status: 0 };

/** Reads the body up to `max` bytes. Status 0: the client went away. */
function readBody(req: IncomingMessage, max: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      resolve({ ok: false, status: 413, error: tooLarge(max) });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > max) {
        settle({ ok: false, status: 413, error: tooLarge(max) });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => settle({ ok: false, status: 0 }));
    req.on('close', () => settle({ ok: false, status: 0 }));
  });
}

function tooLarge(max: number): string {
  return `The request is too large (more than ${Math.round(max / 1024 / 1024)} MB). Send smaller files.`;
}

/** Writes without ever throwing; false when the response can take no more (or must drain). */
function safeWrite(res: ServerResponse, text: string): boolean {
  try {
    if (res.writableEnded || res.destroyed) return false;
    return res.write(text);
  } catch {
    return false;
  }
}

function safeEnd(res: ServerResponse): void {
  try {
    if (!res.writableEnded && !res.destroyed) res.end();
  } catch {
    // already gone
  }
}

/** Resolves when the response can take more data, or is closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed || res.writableEnded) {
      resolve();
      return;
    }
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function createRunEndpoint(options: RunEndpointOptions): RunEndpoint {
  const token = options.token;
  const maxRuns = options.maxConcurrentRuns ?? DEFAULT_MAX_CONCURRENT_RUNS;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const defaultTimeLimitMs = resolveLimits(options.limits).timeLimitMs;
  /** Runs counted against the bound. A run replaced by its tab leaves this set at once. */
  const counted = new Set<ActiveRun>();
  /** Every run whose stream has not finished, replaced or not (for stopAll). */
  const all = new Set<ActiveRun>();
  const byTab = new Map<string, ActiveRun>();

  async function serveRun(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRunRequest(req, token);
    if (!verdict.ok) {
      // Do not read a refused body; closing the connection stops a large upload.
      res.setHeader('Connection', 'close');
      refuse(res, verdict);
      return;
    }
    const body = await readBody(req, maxBody);
    if (!body.ok) {
      if (body.status === 0) return;
      res.setHeader('Connection', 'close');
      sendJson(res, body.status, { error: body.error });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      sendJson(res, 400, { error: 'The body is not valid JSON.' });
      return;
    }
    const run = validateRunBody(parsed);
    if (typeof run === 'string') {
      sendJson(res, 400, { error: run });
      return;
    }
    if (res.destroyed || req.socket?.destroyed) return; // the client left while we read the body

    const previous = run.tabId !== undefined ? byTab.get(run.tabId) : undefined;
    const others = counted.size - (previous && counted.has(previous) ? 1 : 0);
    if (others >= maxRuns) {
      sendJson(res, 429, {
        error: `Too many programs are running at once (${maxRuns}). Stop one, then run again.`,
      });
      return;
    }
    if (previous) {
      // A new run from the same tab replaces the old one: kill it and free its slot now.
      previous.handle.stop();
      counted.delete(previous);
      if (run.tabId !== undefined) byTab.delete(run.tabId);
    }

    const request: RunRequest = { files: run.files, entry: run.entry, timeLimitMs: run.timeLimitMs ?? defaultTimeLimitMs };
    if (run.locale !== undefined) request.locale = run.locale;
    const handle = startRun(request, options.limits);
    let finish: () => void = () => {};
    const active: ActiveRun = { handle, tabId: run.tabId, done: new Promise<void>((r) => (finish = r)) };
    counted.add(active);
    all.add(active);
    if (run.tabId !== undefined) byTab.set(run.tabId, active);

    try {
      setIsolationHeaders(res);
      res.writeHead(200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      req.socket?.setNoDelay(true); // each event is a small write: send it now, not after an ACK
    } catch {
      handle.stop();
    }
    // The client closed the connection (page left, fetch aborted): kill the program.
    res.on('close', () => {
      if (!res.writableFinished) handle.stop();
    });
    res.on('error', () => handle.stop());

    try {
      for await (const event of handle.events) {
        if (res.destroyed || res.writableEnded) continue; // keep draining so the run can clean up
        if (!safeWrite(res, `${JSON.stringify(event)}\n`)) await drained(res);
      }
    } catch {
      handle.stop();
    } finally {
      safeEnd(res);
      counted.delete(active);
      all.delete(active);
      if (active.tabId !== undefined && byTab.get(active.tabId) === active) byTab.delete(active.tabId);
      finish();
    }
  }

  function serveHealth(req: IncomingMessage, res: ServerResponse): void {
    const verdict = checkHealthRequest(req, token);
    if (!verdict.ok) {
      refuse(res, verdict);
      return;
    }
    sendJson(res, 200, { ok: true, runtime: 'local', node: process.version });
  }

  // Last line of defence: whatever goes wrong, answer 500 (if we still can) instead of throwing.
  function guarded(fn: (req: IncomingMessage, res: ServerResponse) => unknown) {
    return (req: IncomingMessage, res: ServerResponse) => {
      req.on('error', () => {});
      res.on('error', () => {});
      try {
        Promise.resolve(fn(req, res)).catch(() => sendJson(res, 500, { error: 'The runner failed.' }));
      } catch {
        sendJson(res, 500, { error: 'The runner failed.' });
      }
    };
  }

  const handleRun = guarded(serveRun);
  const handleHealth = guarded(serveHealth);

  return {
    handleRun,
    handleHealth,
    middleware(req, res, next) {
      const path = pathnameOf(req);
      if (path === RUN_PATH) handleRun(req, res);
      else if (path === HEALTH_PATH) handleHealth(req, res);
      else if (next) next();
      else sendJson(res, 404, { error: 'Not found.' });
    },
    async stopAll() {
      const runs = [...all];
      for (const run of runs) run.handle.stop();
      await Promise.race([Promise.all(runs.map((r) => r.done)), new Promise((r) => setTimeout(r, 5000).unref())]);
    },
    get activeRuns() {
      return counted.size;
    },
  };
}
