import { setTimeout as sleep } from 'node:timers/promises';

let balance = 100;

async function withdraw(amount: number): Promise<void> {
  if (balance >= amount) {  // check...
    await sleep(100);       // any await lets the other task run here
    balance -= amount;      // ...then act, on a stale check
  }
}

// Node has no asyncio.Lock: a chain of promises does the job (you write one in the exercise).
let tail: Promise<unknown> = Promise.resolve();
function locked<T>(task: () => Promise<T>): Promise<T> {
  const result = tail.then(task);
  tail = result.catch(() => {});
  return result;
}

await Promise.all([withdraw(80), withdraw(80)]);
console.log('without a lock:', balance); // -60

balance = 100;
await Promise.all([locked(() => withdraw(80)), locked(() => withdraw(80))]);
console.log('with a lock:', balance); // 20
