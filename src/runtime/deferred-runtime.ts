/**
 * A Runtime whose code is loaded on first use: `run()` returns at once, and its events begin once
 * the real runtime has loaded. Stop before that ends the run without loading anything more.
 */
import type { RunEvent, RunHandle, RunRequest, RuntimeKind } from '../run-contract/events.ts';
import { exitEvent } from '../run-contract/exit.ts';
import { runMessages } from '../run-contract/messages.ts';
import { runLocale } from './run-locale.ts';
import type { Runtime } from './runtime.ts';

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
      const messages = runMessages(runLocale(request));
      async function* events(): AsyncGenerator<RunEvent> {
        let runtime: Runtime | null;
        try {
          runtime = await Promise.race([load(), stopSignal]);
        } catch (error) {
          yield exitEvent('error', { message: messages.cannotRun(`the ${label} runtime did not load (${error instanceof Error ? error.message : String(error)}); reload the page`) });
          return;
        }
        if (!runtime || stopped) {
          yield exitEvent('stopped', { message: messages.stopped() });
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
