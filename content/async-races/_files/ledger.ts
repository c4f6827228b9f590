import { setTimeout as sleep } from 'node:timers/promises';

// A stand-in for a database: a read takes 50 ms, a write (a commit) 150 ms, like network round trips.
// It prints each access, with the operation that made it: the checks read these lines.
const balances = new Map<string, number>([
  ['alice', 100],
  ['bob', 100],
]);

export async function readBalance(op: number, account: string): Promise<number> {
  await sleep(50);
  const balance = balances.get(account) ?? 0;
  console.log(`ledger: op ${op} read ${account} = ${balance}`);
  return balance;
}

export async function writeBalance(op: number, account: string, balance: number): Promise<void> {
  await sleep(150);
  balances.set(account, balance);
  console.log(`ledger: op ${op} wrote ${account} = ${balance}`);
}

export function printBalances(): void {
  for (const [account, balance] of balances) console.log(`ledger: final ${account} = ${balance}`);
}
