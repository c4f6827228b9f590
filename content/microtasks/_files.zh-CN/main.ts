import { puzzle } from './puzzle.ts';

// TODO：读一读 puzzle.ts，按你预计的打印顺序写下 A 到 L 这十二个字母，
// 每个字母一次。运行之前就要想好：检查会把你的列表与程序运行时
// 实际发生的顺序相比较。
const PREDICTION: string[] = [];

console.log(`prediction: ${PREDICTION.join(' ')}`);

// 谜题在一个定时器回调里开始，正在运行的程序里的大多数代码也是如此。
setTimeout(puzzle, 0);
