import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LINE_CHARS, LineSplitter, splitLines } from './line-splitter.ts';

const texts = (events: { text: string }[]) => events.map((e) => e.text);

describe('LineSplitter', () => {
  it('splits on \\n and \\r\\n and tags the stream', () => {
    const lines = splitLines('stderr', [['a\nb\r\nc\n', 5]]);
    expect(lines).toEqual([
      { type: 'line', stream: 'stderr', text: 'a', t: 5 },
      { type: 'line', stream: 'stderr', text: 'b', t: 5 },
      { type: 'line', stream: 'stderr', text: 'c', t: 5 },
    ]);
  });

  it('keeps a partial line until its newline arrives, timed by the last chunk', () => {
    const s = new LineSplitter('stdout');
    expect(s.push('hel', 1)).toEqual([]);
    expect(s.push('lo', 2)).toEqual([]);
    expect(s.push(' world\nnext', 3)).toEqual([{ type: 'line', stream: 'stdout', text: 'hello world', t: 3 }]);
    expect(s.flush(9)).toEqual([{ type: 'line', stream: 'stdout', text: 'next', t: 9, partial: true }]);
    expect(s.flush(10)).toEqual([]);
  });

  it('joins a \\r\\n split across chunks', () => {
    const s = new LineSplitter('stdout');
    expect(s.push('abc\r', 1)).toEqual([]);
    expect(texts(s.push('\ndef\r', 2))).toEqual(['abc']);
    // A lone trailing \r at the end of the stream is not part of the text.
    expect(s.flush(3)).toEqual([{ type: 'line', stream: 'stdout', text: 'def', t: 3, partial: true }]);
  });

  it('keeps empty lines and a lone \\r inside a line', () => {
    expect(texts(splitLines('stdout', [['\n\nx\ry\n', 0]]))).toEqual(['', '', 'x\ry']);
  });

  it('emits nothing for empty input', () => {
    expect(splitLines('stdout', [])).toEqual([]);
    expect(splitLines('stdout', [['', 1]])).toEqual([]);
  });

  it('cuts long lines into partial pieces no longer than the cap', () => {
    const lines = splitLines('stdout', [['abcdefghij\nxy\n', 1]], { maxLineChars: 4 });
    expect(lines.map((l) => [l.text, l.partial ?? false])).toEqual([
      ['abcd', true],
      ['efgh', true],
      ['ij', true],
      ['xy', false],
    ]);
  });

  it('cuts a long line that arrives without a newline, across chunks', () => {
    const s = new LineSplitter('stdout', { maxLineChars: 4 });
    expect(s.push('abc', 1)).toEqual([]);
    expect(s.push('def', 2)).toEqual([{ type: 'line', stream: 'stdout', text: 'abcd', t: 2, partial: true }]);
    expect(s.push('\n', 3)).toEqual([{ type: 'line', stream: 'stdout', text: 'ef', t: 3, partial: true }]);
    expect(texts(s.push('ok\n', 4))).toEqual(['ok']);
  });

  it('does not count a trailing \\r of a pending \\r\\n towards the cap', () => {
    const s = new LineSplitter('stdout', { maxLineChars: 4 });
    expect(s.push('abcd\r', 1)).toEqual([]);
    expect(s.push('\n', 2)).toEqual([{ type: 'line', stream: 'stdout', text: 'abcd', t: 2 }]);
  });

  it('never cuts a surrogate pair in half', () => {
    const lines = splitLines('stdout', [['abc😀def\n', 1]], { maxLineChars: 4 });
    expect(texts(lines)).toEqual(['abc', '😀de', 'f']);
  });

  it('handles U+FFFD from a streaming TextDecoder', () => {
    const decoder = new TextDecoder('utf-8');
    const s = new LineSplitter('stdout');
    const text = decoder.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x0a]), { stream: true });
    expect(texts(s.push(text, 1))).toEqual(['\uFFFD\uFFFDA']);
  });

  it('defaults the cap to 64 Ki characters', () => {
    const long = 'x'.repeat(DEFAULT_MAX_LINE_CHARS + 10);
    const lines = splitLines('stdout', [[`${long}\n`, 1]]);
    expect(lines.map((l) => l.text.length)).toEqual([DEFAULT_MAX_LINE_CHARS, 10]);
    expect(lines.every((l) => l.partial === true)).toBe(true);
  });

  it('handles many small chunks in order', () => {
    const s = new LineSplitter('stdout');
    const out = [];
    const input = 'one\ntwo\r\nthree\n';
    for (let i = 0; i < input.length; i++) out.push(...s.push(input[i] ?? '', i));
    expect(out.map((l) => [l.text, l.t])).toEqual([
      ['one', 3],
      ['two', 8],
      ['three', 14],
    ]);
  });
});
