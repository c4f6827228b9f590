/**
 * `astro dev` support: the same Host guard and run API as `npm start`, as Vite (Connect)
 * middleware, plus the token for pages rendered by the dev server.
 *
 * `astro preview` runs neither Vite plugins nor `astro:server:setup`, so it has no runner: use
 * `npm start` for a production-like local run.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RunLimits } from '../runner/run-program.ts';
import { checkHost, ISOLATION_HEADERS, refuse } from './origin-guard.ts';
import { createRunEndpoint, type NextFunction, type RunEndpoint } from './run-endpoint.ts';
import { createToken } from './token.ts';

// globalThis.__COURSE_RUNNER_TOKEN__ is declared, and read while `astro dev` renders a page, in src/utils/runner-token.ts.

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
            current.middleware(req, res, next);
          } catch (error) {
            next(error);
          }
        });
        server.httpServer?.once('close', () => void current.stopAll());
        logger.debug('Local runner ready at /api/run.');
      },
      'astro:server:done': async () => {
        await endpoint?.stopAll();
      },
    },
  };
}

export default courseRunner;
