import { describe, expect, test } from 'vitest';
import { ansiSegments } from './ansi-spans.ts';

describe('ansiSegments', () => {
  test('plain text is one unstyled segment', () => {
    expect(ansiSegments('hello <b>world</b>')).toEqual([{ text: 'hello <b>world</b>', classes: [] }]);
  });

  test('colours and resets become classes on the right text', () => {
    expect(ansiSegments('\u001b[31mred\u001b[0m plain \u001b[1;92mbold green\u001b[39m bold')).toEqual([
      { text: 'red', classes: ['ansi-fg-1'] },
      { text: ' plain ', classes: [] },
      { text: 'bold green', classes: ['ansi-fg-10', 'ansi-bold'] },
      { text: ' bold', classes: ['ansi-bold'] },
    ]);
  });

  test('256-colour codes are skipped without shifting later codes', () => {
    expect(ansiSegments('\u001b[38;5;196;4mx')).toEqual([{ text: 'x', classes: ['ansi-underline'] }]);
  });

  test('cursor movement and title sequences are dropped', () => {
    expect(ansiSegments('a\u001b[2Kb\u001b]0;title\u0007c')).toEqual([{ text: 'abc', classes: [] }]);
  });
});
