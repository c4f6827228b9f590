import { describe, expect, it } from 'vitest';
import { OutputMeter } from './output-meter.ts';

describe('OutputMeter', () => {
  it('makes merged lines, ANSI codes kept, \\r\\n from the terminal handled', () => {
    const meter = new OutputMeter({ bytes: 1000, lines: 100 });
    expect(meter.push('\u001b[31mred\u001b[0m\r\nplain\r\npart', 5)).toEqual({
      lines: [
        { type: 'line', stream: 'merged', text: '\u001b[31mred\u001b[0m', t: 5 },
        { type: 'line', stream: 'merged', text: 'plain', t: 5 },
      ],
      hit: null,
    });
    expect(meter.finish(9)).toEqual([{ type: 'line', stream: 'merged', text: 'part', t: 9, partial: true }]);
  });

  it('stops at the byte cap, keeping what fits', () => {
    const meter = new OutputMeter({ bytes: 12, lines: 100 });
    expect(meter.push('12345\n', 1).hit).toBeNull();
    const { lines, hit } = meter.push('6789\nabcdef\n', 2); // 6 + 5 + 1 bytes fit
    expect(hit).toBe('bytes');
    expect(lines.map((l) => l.text)).toEqual(['6789']);
    expect(meter.full).toBe(true);
    expect(meter.push('more\n', 3)).toEqual({ lines: [], hit: null });
    expect(meter.finish(4)).toEqual([{ type: 'line', stream: 'merged', text: 'a', t: 4, partial: true }]);
  });

  it('stops at the line cap: the line over the cap is not passed on', () => {
    const meter = new OutputMeter({ bytes: 1000, lines: 3 });
    const { lines, hit } = meter.push('\n\n\n\n\n', 1);
    expect(lines).toHaveLength(3);
    expect(hit).toBe('lines');
  });
});
