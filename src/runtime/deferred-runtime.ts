/**
 * A Runtime whose code is loaded on first use: `run()` returns at once, and its events begin once
 * the real runtime has loaded. Stop before that ends the run without loading anything more.
 */
import type { ExitEvent, RunEvent, RunRequest, RuntimeKind } from './events.ts';
import { messages } from './run-messages.ts';
import type { RunHandle, Runtime } from './runtime.ts';

export function deferredRuntime(kind: RuntimeKind, label: string, load: () => Promise<Runtime>): Runtime {
  return {
    kind,
    label,
    run(request: RunRequest): RunHandle {
      let inner: RunHandle | null = null;
      let stopped = false;
      let onStop: () => void = () => {};
      const stopSignal = new Promise<null>((resolve) => {
        onStop = () => resolve(null);
      });
      const exit = (reason: ExitEvent['reason'], message: string): ExitEvent => ({ type: 'exit', code: null, signal: null, reason, durationMs: 0, message });
      async function* events(): AsyncGenerator<RunEvent> {
        let runtime: Runtime | null;
        try {
          runtime = await Promise.race([load(), stopSignal]);
        } catch (error) {
          yield exit('error', messages.cannotRun(`the ${label} runtime did not load (${error instanceof Error ? error.message : String(error)}); reload the page`));
          return;
        }
        if (!runtime || stopped) {
          yield exit('stopped', messages.stopped());
          return;
        }
        inner = runtime.run(request);
        yield* inner.events;
      }
      return {
        events: events(),
        stop() {
          stopped = true;
          onStop();
          inner?.stop();
        },
      };
    },
  };
}
