// 谜题：五种共十二个回调。每个回调运行时打印自己的字母和类型。
// 读一读它，在 main.ts 中预测顺序，然后运行。（不要修改这个文件。）
const ran = (letter: string, kind: string) => console.log(`ran: ${letter} (${kind})`);

export function puzzle(): void {
  ran('A', 'synchronous');

  setTimeout(() => {
    ran('B', 'timer');
    setImmediate(() => ran('C', 'immediate'));
    setTimeout(() => ran('D', 'timer'), 0);
    Promise.resolve().then(() => ran('E', 'promise callback'));
    process.nextTick(() => ran('F', 'nextTick'));
  }, 0);

  Promise.resolve().then(() => {
    ran('G', 'promise callback');
    process.nextTick(() => ran('H', 'nextTick'));
  });

  process.nextTick(() => ran('I', 'nextTick'));

  (async () => {
    ran('J', 'async function body');
    await Promise.resolve();
    ran('K', 'after await');
  })();

  ran('L', 'synchronous');
}
