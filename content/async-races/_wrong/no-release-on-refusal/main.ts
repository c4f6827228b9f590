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

// A lock as a flag plus a promise that resolves when the holder lets go.
class Lock {
  busy = false;
  #released: Promise<void> = Promise.resolve();
  #release: () => void = () => {};

  async acquire(): Promise<void> {
    while (this.busy) await this.#released;
    this.busy = true;
    this.#released = new Promise((resolve) => {
      this.#release = resolve;
    });
  }

  release(): void {
    this.busy = false;
    this.#release();
  }
}

const locks = new Map<string, Lock>();
function lockFor(account: string): Lock {
  let lock = locks.get(account);
  if (!lock) {
    lock = new Lock();
    locks.set(account, lock);
  }
  return lock;
}

async function withdraw(op: number, account: string, amount: number): Promise<void> {
  console.log(`op ${op} started: withdraw ${amount} from ${account}`);
  const lock = lockFor(account);
  await lock.acquire();
  const balance = await readBalance(op, account); // check...
  if (balance < amount) {
    console.log(`op ${op} refused: ${account} has only ${balance}`);
    return; // Wrong: leaves without releasing the lock, so the account stays locked for good.
  }
  await writeBalance(op, account, balance - amount); // ...then act
  console.log(`op ${op} paid ${amount} from ${account}`);
  lock.release();
}

const startedAt = performance.now();
await Promise.all(OPS.map(({ op, account, amount }) => withdraw(op, account, amount)));
printBalances();
console.log(`main: done after ${Math.round(performance.now() - startedAt)} ms`);
