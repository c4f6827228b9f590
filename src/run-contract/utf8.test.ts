import { describe, expect, it } from 'vitest';
import { headWithinBytes, utf8Length } from './utf8.ts';

describe('UTF-8 counting', () => {
  it('counts like TextEncoder', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€\n', '\ud800x']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('cuts at the byte cap without splitting a character', () => {
    expect(headWithinBytes('abc', 2)).toBe('ab');
    expect(headWithinBytes('a😀b', 4)).toBe('a');
    expect(headWithinBytes('a😀b', 5)).toBe('a😀');
    expect(headWithinBytes('é', 1)).toBe('');
  });
});
