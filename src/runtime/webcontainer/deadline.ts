/** Promises with a bound: nothing the WebContainer runtime waits for may hang the page. */

export class DeadlineError extends Error {
  readonly ms: number;
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'DeadlineError';
    this.ms = ms;
  }
}

/** Settles like `promise`, or rejects with a DeadlineError after `ms`. The promise itself keeps going. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DeadlineError(what, ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
