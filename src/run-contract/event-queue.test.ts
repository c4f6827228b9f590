import { describe, expect, it } from 'vitest';
import { createEventQueue } from './event-queue.ts';

async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('createEventQueue', () => {
  it('buffers items pushed before anyone reads, in order', async () => {
    const q = createEventQueue<number>();
    for (let i = 0; i < 3000; i++) q.push(i);
    q.end();
    q.push(-1); // ignored after end
    const items = await drain(q.iterable);
    expect(items).toHaveLength(3000);
    expect(items[2999]).toBe(2999);
  });

  it('wakes a waiting reader, then ends', async () => {
    const q = createEventQueue<string>();
    const reading = drain(q.iterable);
    setTimeout(() => {
      q.push('a');
      q.push('b');
      q.end();
    }, 5);
    expect(await reading).toEqual(['a', 'b']);
  });

  it('tells the producer when the consumer stops early', async () => {
    let abandoned = 0;
    const q = createEventQueue<number>({ onAbandon: () => abandoned++ });
    q.push(1);
    q.push(2);
    for await (const item of q.iterable) {
      if (item === 1) break;
    }
    expect(abandoned).toBe(1);
    q.push(3);
    expect(await drain(q.iterable)).toEqual([]);
  });
});
