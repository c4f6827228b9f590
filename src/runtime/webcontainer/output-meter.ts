/**
 * Counts a run's output against the caps (bytes and lines) and cuts it into LineEvents. WebContainer
 * hands us strings, not bytes, so bytes are counted as UTF-8, the way the local runner counts what
 * Node writes to its pipes. Pure.
 */
import type { LineEvent, OutputStream } from '../events.ts';
import { LineSplitter } from '../line-splitter.ts';

export interface OutputCaps {
  bytes: number;
  lines: number;
}

export type CapHit = 'bytes' | 'lines' | null;

/** UTF-8 length of one UTF-16 code unit at `i` (a surrogate pair counts 4 on its high half, 0 on its low). */
function unitBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 0xd800 && prev <= 0xdbff ? 0 : 3;
  }
  return 3;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += unitBytes(text, i);
  return n;
}

/** The longest head of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function headWithinBytes(text: string, maxBytes: number): string {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const size = unitBytes(text, i); // a surrogate pair counts whole at its high half
    if (n + size > maxBytes) return text.slice(0, i);
    n += size;
    if (size === 4) i++;
  }
  return text;
}

export class OutputMeter {
  readonly caps: OutputCaps;
  readonly #splitter: LineSplitter;
  #bytes = 0;
  #lines = 0;
  #full = false;

  constructor(caps: OutputCaps, stream: OutputStream = 'merged') {
    this.caps = caps;
    this.#splitter = new LineSplitter(stream);
  }

  /** True once a cap was reached: later output is ignored. */
  get full(): boolean {
    return this.#full;
  }

  /** A chunk received at `t`: the lines it completed (up to the caps), and which cap it reached. */
  push(chunk: string, t: number): { lines: LineEvent[]; hit: CapHit } {
    if (this.#full) return { lines: [], hit: null };
    let text = chunk;
    const size = utf8Length(chunk);
    let hit: CapHit = null;
    if (this.#bytes + size > this.caps.bytes) {
      text = headWithinBytes(chunk, this.caps.bytes - this.#bytes);
      this.#bytes = this.caps.bytes;
      this.#full = true;
      hit = 'bytes';
    } else {
      this.#bytes += size;
    }
    const lines: LineEvent[] = [];
    for (const line of this.#splitter.push(text, t)) {
      if (++this.#lines > this.caps.lines) {
        this.#full = true;
        return { lines, hit: 'lines' };
      }
      lines.push(line);
    }
    return { lines, hit };
  }

  /** The stream ended: a last line without its newline comes out as `partial`. */
  finish(t: number): LineEvent[] {
    return this.#splitter.flush(t);
  }
}
