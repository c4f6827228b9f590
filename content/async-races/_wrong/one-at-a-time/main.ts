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

async function withdraw(op: number, account: string, amount: number): Promise<void> {
  console.log(`op ${op} started: withdraw ${amount} from ${account}`);
  const balance = await readBalance(op, account); // check...
  if (balance < amount) {
    console.log(`op ${op} refused: ${account} has only ${balance}`);
    return;
  }
  await writeBalance(op, account, balance - amount); // ...then act
  console.log(`op ${op} paid ${amount} from ${account}`);
}

const startedAt = performance.now();
// Wrong: no race if nothing runs at the same time, but Bob's withdrawals now wait for Alice's.
for (const { op, account, amount } of OPS) {
  await withdraw(op, account, amount);
}
printBalances();
console.log(`main: done after ${Math.round(performance.now() - startedAt)} ms`);
