/** Numbers as the learner reads them in run messages, in every runtime and language. Pure. */

/** 1500 → "1.5", 30000 → "30": seconds with at most one decimal, no unit (each language adds its own). */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

/** 1048576 → "1 MB", 1536 → "1.5 KB", 12 → "12 bytes" (`bytesWord` names the smallest unit). */
export function formatBytes(bytes: number, bytesWord = 'bytes'): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} ${bytesWord}`;
}
