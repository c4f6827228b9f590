/** Resolves after `ms` (a timer: works in Node and in the page alike). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
