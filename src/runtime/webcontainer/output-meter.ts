/**
 * Counts a run's output against the caps (bytes and lines) and cuts it into LineEvents. WebContainer
 * hands us strings, not bytes, so bytes are counted as UTF-8, the way the local runner counts what
 * Node writes to its pipes. Pure.
 */
import type { LineEvent, OutputStream } from '../../run-contract/events.ts';
import { LineSplitter } from '../../run-contract/line-splitter.ts';
import { headWithinBytes, utf8Length } from '../../run-contract/utf8.ts';

export interface OutputCaps {
  bytes: number;
  lines: number;
}

export type CapHit = 'bytes' | 'lines' | null;

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
