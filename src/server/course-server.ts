/**
 * The server behind `npm start`: the built site plus the run API, on a loopback address only.
 * A factory, so start.ts and the tests share exactly the same server.
 */
import { existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { RunLimits } from '../runner/run-program.ts';
import { checkHost, refuse, setIsolationHeaders } from './origin-guard.ts';
import { HEALTH_PATH, RUN_PATH } from '../runtime/local/local-protocol.ts';
import { createRunEndpoint, pathnameOf, type RunEndpoint } from './run-endpoint.ts';
import { createStaticHandler } from './static-files.ts';
import { createToken } from './token.ts';
import { acceptAccessLink, accessLink, createAccessKey, hasAccessCookie } from './access-key.ts';

export const DEFAULT_PORT = 4321;
/** Never 0.0.0.0: the run API executes code, so nobody else on the network may reach it. */
const LOOPBACK_ADDRESSES = ['127.0.0.1', '::1'] as const;

export interface CourseServerOptions {
  /** The built site (Astro's `dist/`). */
  distDir: string;
  /** Default 4321; 0 picks a free port (tests). */
  port?: number;
  /** '127.0.0.1' (default) or '::1'. Anything else is refused. */
  host?: string;
  maxConcurrentRuns?: number;
  limits?: Partial<RunLimits>;
}

export interface CourseServer {
  server: http.Server;
  /** The per-start secret (injected into pages for the key holder only; never log it). */
  token: string;
  /** e.g. "http://127.0.0.1:4321/" */
  url: string;
  /** The link that lets a browser run code: `url` with the access key (print it to the user only). */
  accessUrl: string;
  port: number;
  endpoint: RunEndpoint;
  /** Stops every run (killing their process trees), then closes the server. Idempotent. */
  close(): Promise<void>;
}

/** An Error with a `code` start.ts can turn into a plain message. */
export class CourseServerError extends Error {
  readonly code: 'DIST_MISSING' | 'PORT_IN_USE' | 'BAD_HOST' | 'LISTEN_FAILED';
  constructor(code: CourseServerError['code'], message: string) {
    super(message);
    this.name = 'CourseServerError';
    this.code = code;
  }
}

export async function createCourseServer(options: CourseServerOptions): Promise<CourseServer> {
  const host = options.host ?? '127.0.0.1';
  if (!(LOOPBACK_ADDRESSES as readonly string[]).includes(host)) {
    throw new CourseServerError('BAD_HOST', `Refusing to listen on ${host}: the course server only listens on 127.0.0.1 or ::1.`);
  }
  const distDir = path.resolve(options.distDir);
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new CourseServerError('DIST_MISSING', `The built site was not found at ${distDir}. Run npm run build first.`);
  }

  const token = createToken();
  const key = createAccessKey();
  const endpointOptions: Parameters<typeof createRunEndpoint>[0] = { token };
  if (options.maxConcurrentRuns !== undefined) endpointOptions.maxConcurrentRuns = options.maxConcurrentRuns;
  if (options.limits !== undefined) endpointOptions.limits = options.limits;
  const endpoint = createRunEndpoint(endpointOptions);
  const serveStatic = createStaticHandler({
    distDir,
    token,
    mayRun: (req) => hasAccessCookie(req, key, req.socket.localPort ?? 0),
  });

  const server = http.createServer((req, res) => {
    req.on('error', () => {});
    res.on('error', () => {});
    try {
      setIsolationHeaders(res);
      // The Host check comes first for every request, pages included (DNS rebinding).
      const verdict = checkHost(req);
      if (!verdict.ok) {
        refuse(res, verdict);
        return;
      }
      const route = pathnameOf(req);
      if (route === RUN_PATH || route === HEALTH_PATH) endpoint.middleware(req, res);
      else if (!acceptAccessLink(req, res, key, req.socket.localPort ?? 0)) serveStatic(req, res);
    } catch {
      res.destroy();
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new CourseServerError(
            'PORT_IN_USE',
            `Port ${options.port ?? DEFAULT_PORT} is already in use. Is the course already running? Stop it, or choose another port: PORT=4322 npm start`,
          ),
        );
      } else {
        reject(new CourseServerError('LISTEN_FAILED', `Could not listen on ${host}:${options.port ?? DEFAULT_PORT}: ${error.message}`));
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port: options.port ?? DEFAULT_PORT, host, exclusive: true });
  });

  const port = (server.address() as AddressInfo).port;
  const url = host.includes(':') ? `http://[${host}]:${port}/` : `http://${host}:${port}/`;
  let closing: Promise<void> | null = null;

  return {
    server,
    token,
    url,
    accessUrl: accessLink(url, key),
    port,
    endpoint,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await endpoint.stopAll();
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };
}
