/**
 * Gives each output line the time it was WRITTEN, from the observed writes, instead of the time it
 * arrived: on a busy machine (or with many runs at once) lines arrive late and unevenly, which
 * skewed totals by up to 1.24 s. Also says who wrote each line (pid and thread).
 *
 * Observed writes are cut into lines per writer (pid, thread, stream), exactly as the runtime cuts
 * what arrives; then each arrived line takes the earliest unused observed line with the same text
 * (and stream, where the runtime keeps them apart). A line with no match (written around the
 * preload, e.g. `fs.writeSync(1, …)` or a non-Node child) keeps its arrival time, moved onto the
 * write clock by the typical delay of the matched lines.
 */
import type { LineEvent } from '../run-contract/events.ts';
import type { ObservedRun } from '../run-contract/observation/records.ts';

export interface LineStamp {
  /** When the line was written (ms on the run's clock), or its adjusted arrival time when unmatched. */
  t: number;
  /** Who wrote it; absent when no observed write matched the line. */
  writer?: { pid: number; thread: number };
}

interface WrittenLine {
  text: string;
  t: number;
  pid: number;
  thread: number;
  stream: 'stdout' | 'stderr';
  used: boolean;
}

function cutWrites(observed: ObservedRun): WrittenLine[] {
  const pending = new Map<string, { text: string; t: number }>();
  const out: WrittenLine[] = [];
  for (const w of observed.writes) {
    const key = `${w.pid}:${w.thread}:${w.stream}`;
    const buffer = (pending.get(key)?.text ?? '') + w.text;
    const parts = buffer.split('\n');
    const rest = parts.pop() ?? '';
    for (const part of parts) out.push({ text: part.endsWith('\r') ? part.slice(0, -1) : part, t: w.t, pid: w.pid, thread: w.thread, stream: w.stream, used: false });
    pending.set(key, { text: rest, t: w.t });
  }
  // Lines without a final newline (flushed at exit).
  for (const [key, { text, t }] of pending) {
    if (text === '') continue;
    const [pid, thread, stream] = key.split(':');
    out.push({ text, t, pid: Number(pid), thread: Number(thread), stream: stream as WrittenLine['stream'], used: false });
  }
  return out.sort((a, b) => a.t - b.t);
}

export function stampLines(lines: readonly LineEvent[], observed: ObservedRun, merged: boolean): LineStamp[] {
  const queues = new Map<string, WrittenLine[]>();
  for (const written of cutWrites(observed)) {
    const key = merged ? written.text : `${written.stream}\u0000${written.text}`;
    const queue = queues.get(key);
    if (queue) queue.push(written);
    else queues.set(key, [written]);
  }
  const matched: (WrittenLine | null)[] = lines.map((line) => {
    const key = merged ? line.text : `${line.stream}\u0000${line.text}`;
    const queue = queues.get(key);
    const next = queue?.find((w) => !w.used);
    if (!next) return null;
    next.used = true;
    return next;
  });
  const delays = matched.flatMap((m, i) => (m ? [m.t - (lines[i]?.t ?? 0)] : [])).sort((a, b) => a - b);
  const shift = delays.length > 0 ? (delays[Math.floor(delays.length / 2)] ?? 0) : 0;
  return lines.map((line, i) => {
    const m = matched[i];
    return m ? { t: m.t, writer: { pid: m.pid, thread: m.thread } } : { t: line.t + shift };
  });
}
