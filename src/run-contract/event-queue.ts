/**
 * A push-to-pull queue: the runner pushes events as the child produces them, a consumer pulls them
 * with `for await` at its own pace. Events are buffered, so a slow consumer loses nothing; the
 * buffer is bounded in practice by the run's output cap.
 *
 * Single consumer: every call to `[Symbol.asyncIterator]()` reads from the same buffer.
 */
export interface EventQueue<T> {
  /** Adds an item; ignored after `end()`. */
  push(item: T): void;
  /** No more items: pending reads resolve `done` once the buffer is drained. */
  end(): void;
  readonly iterable: AsyncIterable<T>;
}

export interface EventQueueOptions {
  /** Called once when the consumer stops early (`break` out of `for await`, or `return()`). */
  onAbandon?: () => void;
}

export function createEventQueue<T>(options: EventQueueOptions = {}): EventQueue<T> {
  const buffer: T[] = [];
  let head = 0;
  let ended = false;
  let abandoned = false;
  let waiter: ((result: IteratorResult<T>) => void) | null = null;

  const iterator: AsyncIterator<T> & AsyncIterable<T> = {
    next(): Promise<IteratorResult<T>> {
      if (head < buffer.length) {
        const value = buffer[head] as T;
        head++;
        // Compact now and then so a long run does not keep every event alive.
        if (head > 1024 && head * 2 > buffer.length) {
          buffer.splice(0, head);
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (ended || abandoned) return Promise.resolve({ value: undefined, done: true });
      if (waiter) return Promise.reject(new Error('EventQueue supports one pending read at a time'));
      return new Promise((resolve) => {
        waiter = resolve;
      });
    },
    return(): Promise<IteratorResult<T>> {
      if (!abandoned && !ended) {
        abandoned = true;
        options.onAbandon?.();
      }
      abandoned = true;
      buffer.length = 0;
      head = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    push(item: T) {
      if (ended || abandoned) return;
      if (waiter) {
        const resolve = waiter;
        waiter = null;
        resolve({ value: item, done: false });
      } else {
        buffer.push(item);
      }
    },
    end() {
      if (ended) return;
      ended = true;
      if (waiter && head >= buffer.length) {
        const resolve = waiter;
        waiter = null;
        resolve({ value: undefined, done: true });
      }
    },
    iterable: iterator,
  };
}
