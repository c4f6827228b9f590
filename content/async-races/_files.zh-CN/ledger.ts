import { setTimeout as sleep } from 'node:timers/promises';

// 用来代替数据库：读一次要 50 毫秒，写一次（一次提交）要 150 毫秒，就像网络往返一样。
// 它会打印每次访问以及发起访问的操作：检查会读取这些行。
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
