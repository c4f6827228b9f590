/** A run's secret: 128 random bits, hex. Web Crypto, so the page (WebContainer) and Node share it. */
export function newSecret(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The record file's name in the run folder: hidden, and unlikely to clash with a learner's file. */
export function recordFileName(): string {
  return `.course-observed-${newSecret().slice(0, 8)}.log`;
}
