import { setTimeout as sleep } from 'node:timers/promises';

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

// 一个后台监视任务：每半秒检查一次配置文件是否改变。
// 程序工作时它有用，但它不是程序继续运行的理由。
async function watchConfig(): Promise<void> {
  while (true) {
    await sleep(500);
    console.log(`watcher: config unchanged (+${since()} s)`);
  }
}

// 等待服务器的回复；用定时器代替网络。
function waitForReply(server: string, ms: number): Promise<string> {
  console.log(`waiting for ${server}, about ${ms / 1000} s`);
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log(`reply from ${server} arrived (+${since()} s)`);
      resolve(`hello from ${server}`);
    }, ms);
  });
}

// 在后台保存日志。main 启动它但不等它，但保存必须完成。
async function saveLog(): Promise<void> {
  console.log('background: saving the log, takes 1 s');
  await sleep(1000);
  console.log(`background: log saved (+${since()} s)`);
}

// TODO：按现在的写法，这个程序永远不会结束：在 main 和日志保存早已完成之后，
// 监视任务仍让 Node 永远运行下去。让监视任务不再算作保持运行的理由，这样程序
// 会在日志保存后立即自行结束。main 工作期间，监视任务仍必须走动。
watchConfig(); // 没有 await：一个后台任务

console.log('main: asking A and B');
const replies = await Promise.all([waitForReply('A', 1000), waitForReply('B', 1500)]);
console.log(`main: replies ${JSON.stringify(replies)} (+${since()} s)`);
saveLog(); // 没有 await：一个仍必须完成的后台任务
console.log(`main: done (+${since()} s)`);
