import { setTimeout as sleep } from 'node:timers/promises';

// ── 第 1 步：三个下载 ─────────────────────────────────────────────────────────────────
const FILES = [
  { name: 'a.log', seconds: 1, lines: 120 },
  { name: 'b.log', seconds: 0.5, lines: 80 },
  { name: 'c.log', seconds: 0.8, lines: 40 },
];

async function download(name: string, seconds: number, lines: number): Promise<number> {
  console.log(`download ${name} started, takes ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`download ${name} finished: ${lines} lines`);
  return lines;
}

const step1 = performance.now();
let total = 0;
// TODO："step 1 done" 必须在每个下载都完成之后出现，并带着正确的总数，而且
// 下载应当同时进行（这一步花的时间等于最长的那个，而不是总和）。
FILES.forEach(async (file) => {
  total += await download(file.name, file.seconds, file.lines);
});
console.log(`step 1 done: ${total} lines in ${Math.round(performance.now() - step1)} ms`);

// ── 第 2 步：一个只要有人索取就一直产生读数的传感器 ─────────────────────
const LIMIT = 80;
const VALUES = [12, 45, 67, 91, 30, 99, 5];

async function* sensor(): AsyncGenerator<number> {
  console.log('sensor: opened');
  try {
    for (let i = 0; ; i++) {
      await sleep(150); // 一次读数要 150 毫秒
      const value = VALUES[i % VALUES.length] ?? 0;
      console.log(`sensor: reading ${i + 1} = ${value}`);
      yield value;
    }
  } finally {
    console.log('sensor: closed'); // 在使用方不再索取时运行
  }
}

// TODO：读取读数，直到第一个超过 LIMIT 的读数，然后停下：之后不再读取，并且
// 在打印下面那一行之前关闭传感器（它的清理代码已经运行）。
const readings = sensor();
let last = 0;
while (true) {
  const next = await readings.next();
  last = next.value ?? 0;
  if (last > LIMIT) break;
}
console.log(`step 2 done: stopped at ${last}`);
