/**
 * Turns decoded text chunks of ONE output stream into LineEvents.
 *
 * Pure (no Node or DOM APIs): the local runner uses it on the server and the WebContainer adapter
 * uses it in the browser, so both runtimes cut lines the same way and the grader sees the same thing.
 * Decoding bytes is the caller's job (`new TextDecoder('utf-8')` with `{ stream: true }`, which turns
 * invalid UTF-8 into U+FFFD instead of throwing and keeps multi-byte characters split across chunks).
 */
import type { LineEvent, OutputStream } from './events.ts';

/** 64 Ki characters: long enough for any sane line, short enough that one line cannot eat memory. */
export const DEFAULT_MAX_LINE_CHARS = 64 * 1024;

export interface LineSplitterOptions {
  /** Lines longer than this many UTF-16 code units are cut into pieces marked `partial: true`. */
  maxLineChars?: number;
}

export class LineSplitter {
  readonly stream: OutputStream;
  readonly maxLineChars: number;
  /** Text received since the last newline. */
  #pending = '';
  /** True while the current line has already been cut at least once (its rest is partial too). */
  #cut = false;

  constructor(stream: OutputStream, options: LineSplitterOptions = {}) {
    this.stream = stream;
    const max = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
    if (!Number.isInteger(max) || max < 2) throw new RangeError('maxLineChars must be an integer >= 2');
    this.maxLineChars = max;
  }

  /**
   * Adds a chunk received at time `t` (ms since the process started) and returns the lines it
   * completed, in order. A line's `t` is the time of the chunk holding its last character.
   */
  push(text: string, t: number): LineEvent[] {
    const out: LineEvent[] = [];
    if (text === '') return out;
    const buffer = this.#pending + text;
    let start = 0;
    for (;;) {
      const nl = buffer.indexOf('\n', start);
      if (nl === -1) break;
      // Cut the long line's head before emitting its end, so no event is over the cap.
      let end = nl > start && buffer.charCodeAt(nl - 1) === 13 /* \r */ ? nl - 1 : nl;
      while (end - start > this.maxLineChars) {
        const cutAt = this.#cutPoint(buffer, start);
        out.push(this.#line(buffer.slice(start, cutAt), t, true));
        this.#cut = true;
        start = cutAt;
      }
      out.push(this.#line(buffer.slice(start, end), t, this.#cut));
      this.#cut = false;
      start = nl + 1;
    }
    // No newline in what is left: keep it, but never more than the cap. A trailing "\r" may be the
    // first half of "\r\n", so it is not counted towards the cap.
    while (this.#pendingLength(buffer, start) > this.maxLineChars) {
      const cutAt = this.#cutPoint(buffer, start);
      out.push(this.#line(buffer.slice(start, cutAt), t, true));
      this.#cut = true;
      start = cutAt;
    }
    this.#pending = buffer.slice(start);
    return out;
  }

  /** Ends the stream: a line without a final newline is returned with `partial: true`. */
  flush(t: number): LineEvent[] {
    let rest = this.#pending;
    this.#pending = '';
    this.#cut = false;
    if (rest.endsWith('\r')) rest = rest.slice(0, -1);
    if (rest === '') return [];
    return [this.#line(rest, t, true)];
  }

  #pendingLength(buffer: string, start: number): number {
    const len = buffer.length - start;
    return buffer.charCodeAt(buffer.length - 1) === 13 ? len - 1 : len;
  }

  /** Where to cut a too-long line: at the cap, but never between the halves of a surrogate pair. */
  #cutPoint(buffer: string, start: number): number {
    const at = start + this.maxLineChars;
    const before = buffer.charCodeAt(at - 1);
    return before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
  }

  #line(text: string, t: number, partial: boolean): LineEvent {
    const event: LineEvent = { type: 'line', stream: this.stream, text, t };
    if (partial) event.partial = true;
    return event;
  }
}

/** Convenience for tests and one-shot use: split whole chunks `[text, t]` into lines, flushing at the end. */
export function splitLines(
  stream: OutputStream,
  chunks: ReadonlyArray<readonly [string, number]>,
  options?: LineSplitterOptions,
): LineEvent[] {
  const splitter = new LineSplitter(stream, options);
  const out: LineEvent[] = [];
  let last = 0;
  for (const [text, t] of chunks) {
    out.push(...splitter.push(text, t));
    last = t;
  }
  out.push(...splitter.flush(last));
  return out;
}
