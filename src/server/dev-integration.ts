/**
 * `astro dev` support: the same Host guard, access key and run API as `npm start`, as Vite
 * (Connect) middleware: pages render the token placeholder, and the middleware fills it in for the
 * key holder only (html-rewrite.ts), or serves the locked page with its note to anyone else.
 *
 * `astro preview` runs neither Vite plugins nor `astro:server:setup`, so it has no runner: use
 * `npm start` for a production-like local run.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RunLimits } from '../runner/run-program.ts';
import { checkHost, ISOLATION_HEADERS, refuse } from './origin-guard.ts';
import { createRunEndpoint, type NextFunction, type RunEndpoint } from './run-endpoint.ts';
import { createToken, injectToken, lockedPage } from './token.ts';
import { acceptAccessLink, accessLink, createAccessKey, hasAccessCookie } from './access-key.ts';
import { rewriteHtml } from './html-rewrite.ts';
import { describeSandbox } from '../runner/sandbox.ts';

declare global {
  // The dev process's runner token and access key, kept across Astro's server restarts.
  var __COURSE_RUNNER_TOKEN__: string | undefined;
  var __COURSE_ACCESS_KEY__: string | undefined;
}

export interface CourseRunnerOptions {
  maxConcurrentRuns?: number;
  limits?: Partial<RunLimits>;
}

/**
 * One token per dev process, kept across Astro's server restarts (config edits restart the Vite
 * server but not the process), so pages that are already open keep working.
 */
function devToken(): string {
  globalThis.__COURSE_RUNNER_TOKEN__ ??= createToken();
  return globalThis.__COURSE_RUNNER_TOKEN__;
}

function devKey(): string {
  globalThis.__COURSE_ACCESS_KEY__ ??= createAccessKey();
  return globalThis.__COURSE_ACCESS_KEY__;
}

/** Headers the user's config has already set, lower-cased (Astro's `server.headers` or Vite's). */
function configuredHeaderNames(config: { server?: unknown; vite?: unknown }): Set<string> {
  const names = new Set<string>();
  const collect = (headers: unknown) => {
    if (headers && typeof headers === 'object') for (const name of Object.keys(headers)) names.add(name.toLowerCase());
  };
  collect((config.server as { headers?: unknown } | undefined)?.headers);
  collect(((config.vite as { server?: { headers?: unknown } } | undefined)?.server)?.headers);
  return names;
}

export function courseRunner(options: CourseRunnerOptions = {}): AstroIntegration {
  let endpoint: RunEndpoint | null = null;
  return {
    name: 'course-runner',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        // Cross-origin isolation for dev (and preview) pages and assets, unless the user set them.
        const present = configuredHeaderNames(config);
        const missing = Object.fromEntries(
          Object.entries(ISOLATION_HEADERS).filter(([name]) => !present.has(name.toLowerCase())),
        );
        // Astro's `server.headers` reaches Vite's dev server, Astro-rendered pages and `astro preview`.
        if (Object.keys(missing).length > 0) updateConfig({ server: { headers: missing } });
        // Vite's dev server answers CORS for any localhost origin by default (Access-Control-Allow-Origin
        // for http://localhost:<any port>, and it answers preflights itself), which would let another
        // local site read our pages and their token. The runner never approves cross-origin requests.
        const cors = (config.vite as { server?: { cors?: unknown } } | undefined)?.server?.cors;
        if (cors === undefined) updateConfig({ vite: { server: { cors: false } } });
        else if (cors !== false) {
          logger.warn('vite.server.cors is set: other local sites may read dev pages (and the runner token). Set it to false.');
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const token = devToken();
        const key = devKey();
        const endpointOptions: Parameters<typeof createRunEndpoint>[0] = { token };
        if (options.maxConcurrentRuns !== undefined) endpointOptions.maxConcurrentRuns = options.maxConcurrentRuns;
        if (options.limits !== undefined) endpointOptions.limits = options.limits;
        // A restart builds a new endpoint; stop what the old one was running.
        void endpoint?.stopAll();
        const current = createRunEndpoint(endpointOptions);
        endpoint = current;

        // Added in configureServer, before Vite's own middlewares: every request passes the Host
        // check first (DNS rebinding), then the API paths are answered here.
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: NextFunction) => {
          try {
            const verdict = checkHost(req);
            if (!verdict.ok) {
              refuse(res, verdict);
              return;
            }
            for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
            const port = req.socket.localPort ?? 0;
            if (acceptAccessLink(req, res, key, port)) return;
            const mayRun = hasAccessCookie(req, key, port);
            rewriteHtml(res, (html) => (mayRun ? injectToken(html, token) : lockedPage(html)));
            current.middleware(req, res, next);
          } catch (error) {
            next(error);
          }
        });
        server.httpServer?.once('close', () => void current.stopAll());
        logger.debug('Local runner ready at /api/run.');
      },
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        // Printed once per start, for the person at this terminal only.
        logger.info(`Open this link to run code (it is for you only): ${accessLink(`http://${host}:${address.port}/`, devKey())}`);
        logger.info(describeSandbox());
      },
      'astro:server:done': async () => {
        await endpoint?.stopAll();
      },
    },
  };
}
