import type { ExitEvent, RunEvent, RunHandle, RunRequest } from '../../run-contract/events.ts';
import { exitEvent } from '../../run-contract/exit.ts';
import { runMessages } from '../../run-contract/messages.ts';
import { LOCAL_LABEL } from '../labels.ts';
import { runLocale } from '../run-locale.ts';
import type { Runtime } from '../runtime.ts';
import { RUN_PATH, TOKEN_HEADER } from './local-protocol.ts';

/**
 * Runs code on the Node runner that `npm start` / `npm run dev` serve next to the page. The
 * runner streams newline-delimited JSON events; aborting the request makes it kill the process tree.
 */
export class LocalRuntime implements Runtime {
  readonly kind = 'local' as const;
  readonly label = LOCAL_LABEL;

  private readonly token: string;
  private readonly tabId: string;
  private readonly endpoint: string;

  constructor(token: string, tabId: string, endpoint = RUN_PATH) {
    this.token = token;
    this.tabId = tabId;
    this.endpoint = endpoint;
  }

  run(request: RunRequest): RunHandle {
    const controller = new AbortController();
    const startedAt = performance.now();
    let stopped = false;
    // The runner speaks the page's language too: it is told which in the request.
    const locale = runLocale(request);
    const messages = runMessages(locale);
    const ended = (reason: ExitEvent['reason'], message: string): ExitEvent =>
      exitEvent(reason, { durationMs: performance.now() - startedAt, message });
    const { token, tabId, endpoint } = this;

    async function* events(): AsyncGenerator<RunEvent> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify({ ...request, locale, tabId }),
          signal: controller.signal,
        });
      } catch {
        yield stopped ? ended('stopped', messages.stopped()) : ended('error', messages.unreachable());
        return;
      }
      if (!response.ok || !response.body) {
        const detail = await response.json().then((b: { error?: string }) => b.error, () => undefined).catch(() => undefined);
        yield ended('error', detail ?? messages.refused(response.status));
        return;
      }
      let sawExit = false;
      try {
        for await (const event of ndjson(response.body)) {
          if (event.type === 'exit') sawExit = true;
          yield event;
        }
      } catch {
        // Aborted by stop(), or the server went away mid-run: either way the run is over.
      }
      if (!sawExit) {
        yield stopped ? ended('stopped', messages.stopped()) : ended('error', messages.connectionLost());
      }
    }

    return {
      events: events(),
      stop() {
        stopped = true;
        controller.abort();
      },
    };
  }
}

async function* ndjson(body: ReadableStream<Uint8Array>): AsyncGenerator<RunEvent> {
  const reader = body.pipeThrough<string>(new TextDecoderStream() as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.trim()) yield JSON.parse(line) as RunEvent;
      newline = buffer.indexOf('\n');
    }
  }
  if (buffer.trim()) yield JSON.parse(buffer) as RunEvent;
}
