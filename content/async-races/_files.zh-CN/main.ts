import { printBalances, readBalance, writeBalance } from './ledger.ts';

// 六笔取款，同时启动。Alice 和 Bob 初始各有 100。
const OPS = [
  { op: 1, account: 'alice', amount: 80 },
  { op: 2, account: 'alice', amount: 80 },
  { op: 3, account: 'bob', amount: 30 },
  { op: 4, account: 'bob', amount: 30 },
  { op: 5, account: 'bob', amount: 30 },
  { op: 6, account: 'alice', amount: 10 },
];

// TODO：同一账户的两笔取款不能交错进行：当一笔已经读了余额、还没写入新余额时，
// 其他取款都不许碰这个账户。不同账户的取款仍应同时进行。
// 自己动手实现（不用库）。

async function withdraw(op: number, account: string, amount: number): Promise<void> {
  console.log(`op ${op} started: withdraw ${amount} from ${account}`);
  const balance = await readBalance(op, account); // 检查……
  if (balance < amount) {
    console.log(`op ${op} refused: ${account} has only ${balance}`);
    return;
  }
  await writeBalance(op, account, balance - amount); // ……然后行动
  console.log(`op ${op} paid ${amount} from ${account}`);
}

const startedAt = performance.now();
await Promise.all(OPS.map(({ op, account, amount }) => withdraw(op, account, amount)));
printBalances();
console.log(`main: done after ${Math.round(performance.now() - startedAt)} ms`);
