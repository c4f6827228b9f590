import { printBalances, readBalance, writeBalance } from './ledger.ts';

// Six withdrawals, all started at once. Alice and Bob each start with 100.
const OPS = [
  { op: 1, account: 'alice', amount: 80 },
  { op: 2, account: 'alice', amount: 80 },
  { op: 3, account: 'bob', amount: 30 },
  { op: 4, account: 'bob', amount: 30 },
  { op: 5, account: 'bob', amount: 30 },
  { op: 6, account: 'alice', amount: 10 },
];

/**
 * An async mutex: run() calls `task` only after every task handed to it earlier has settled, so at
 * most one of them is between its first and its last await at any moment. Waiting costs nothing:
 * a task in the queue is just a callback attached to the previous task's promise.
 */
class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    // The next task waits for this one whether it succeeds or fails; a failure still reaches the caller.
    this.#tail = result.catch(() => {});
    return result;
  }
}

// Wrong: one lock for the whole bank. Safe, but Bob's withdrawals now wait for Alice's too.
const bankLock = new Mutex();
function lockFor(_account: string): Mutex {
  return bankLock;
}

async function withdraw(op: number, account: string, amount: number): Promise<void> {
  console.log(`op ${op} started: withdraw ${amount} from ${account}`);
  await lockFor(account).run(async () => {
    const balance = await readBalance(op, account); // check...
    if (balance < amount) {
      console.log(`op ${op} refused: ${account} has only ${balance}`);
      return;
    }
    await writeBalance(op, account, balance - amount); // ...then act, with nobody in between
    console.log(`op ${op} paid ${amount} from ${account}`);
  });
}

const startedAt = performance.now();
await Promise.all(OPS.map(({ op, account, amount }) => withdraw(op, account, amount)));
printBalances();
console.log(`main: done after ${Math.round(performance.now() - startedAt)} ms`);
