import type { CheckMessages, Noun } from './en.ts';

/**
 * 评分器内置消息的简体中文版。类型为 CheckMessages：少一个键或参数不对都是类型错误。
 * 代码标识符（process.pid、threadId、try/catch、await……）保持原样；程序打印的行原样引用。
 */
const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')} 和 ${items[items.length - 1]}`);
const one = (n: Noun) => n.one;
const whose = { all: '程序', workers: '它的工作线程', children: '它的子进程', 'main-thread': '它的主线程' } as const;
const notObserved = (what: string) => `这个运行环境没有观测这次运行，所以无法检查${what}；只根据打印出的输出评判。`;
const noun = (word: string): Noun => ({ one: word, many: word });

export const zhCN: CheckMessages = {
  seconds: (ms) => `${(ms / 1000).toFixed(2)} 秒`,
  list,
  nouns: {
    process: noun('进程'),
    thread: noun('线程'),
    task: noun('任务'),
    coroutine: noun('协程'),
    child: noun('子进程'),
    worker: noun('工作线程'),
    download: noun('下载'),
    request: noun('请求'),
    job: noun('作业'),
  },
  untranslated: '（此条尚无中文翻译，显示英文原文）',
  brokenCheck: (error) => `这项检查没能运行（${error}）。请把这个问题报告给本课的作者。`,
  runAgain: (reason) => `${reason}请再运行一次。`,
  notObservedCpu: () => notObserved('它用掉的 CPU 时间'),
  notObservedEnds: (n) => notObserved(`它的${one(n)}何时结束`),
  notObservedWaits: (n) => notObserved(`各个${one(n)}的等待`),

  noLine: (shape) => `没有打印出形如 ${shape} 的行：请保留起始代码里打印这一行的代码，并确保它会被执行到。`,
  exitTitle: (code) => (code === 0 ? '程序运行到结束，没有出错' : `程序以退出码 ${code} 结束`),
  stopped: (reason) => `程序被停止了（${reason}）。`,
  exited: (code) => `程序以退出码 ${code} 结束。`,
  exitedInstead: (actual, code, printed) => `程序以退出码 ${actual} 结束，而不是 ${code}。${printed === null ? '' : `它打印了 ${printed}。`}`,
  signal: (signal) => `信号 ${signal}`,
  exit13:
    '退出码 13 表示：已经没有别的事可做时，顶层 await 仍在等待，也就是 main 在 await 一个永远不会落定的 promise（一个没人 resolve 的 sleep、一把从不释放的锁、一个永远不来的事件）。让 main 所 await 的每个 promise 都能落定。',
  codeMistake: '这是代码本身的错误：错误信息指明了出错的行，改正后再运行一次。',
  readTheError: '阅读“输出”里的错误信息，改正后再运行一次。',
  noStderrTitle: 'stderr 上没有任何输出',
  stderrMerged: '这个运行环境把 stderr 合并进了 stdout，所以这里无法区分二者。',
  stderrEmpty: 'stderr 保持为空。',
  stderrLines: (count, first) => `有 ${count} 行输出到了 stderr，第一行是：${first}。`,
  found: (line) => `找到了 ${line}。`,
  noRejectionTitle: '没有未被捕获的 promise 拒绝',
  allCaught: '每个被拒绝的 promise 都被捕获了。',
  uncaught: (reason) =>
    `一个 promise 以 ${reason} 被拒绝（reject），却没有任何代码捕获它，于是 Node 以退出码 1 结束了程序。要么没人 await 这个 promise，要么接收它的那个 await 外面没有 try/catch。`,
  tooEarly: (line, previous) => `${line} 出现得太早了：它应当出现在${previous === undefined ? '前一行' : ` ${previous} `}之后。`,
  allLines: (count, inOrder) => `预期的 ${count} 行都打印出来了${inOrder ? '，而且顺序正确' : ''}。`,
  printedValue: (value) => `程序打印了 ${value}。`,
  wrongValue: (value, wanted) => `程序打印了 ${value}，预期是 ${wanted}。`,
  aDifferentValue: '另一个值',
  aNumber: '一个数',
  inTheForm: (shape) => `形如 ${shape} 的内容`,
  valueNotSet: (line, prefix, form) =>
    `打印出了 ${line}，但 ${prefix} 后面的不是${form}：那里打印的值从没拿到它的结果（是不是一个还没赋值的变量，或者一个没有 await 的 promise？）。`,
  printedInOrder: (items) => `按顺序打印了：${items}。`,
  printedOtherOrder: (seen, expected) => `打印的顺序是 ${seen}，预期是 ${expected}。`,

  ratioFacts: (measured, baseline, ratio) => `在同一次运行中测得 ${measured.toFixed(0)} 毫秒，基准为 ${baseline.toFixed(0)} 毫秒：${ratio.toFixed(2)} 倍`,
  oneCore: (facts) => `${facts}。这台机器只有一个核心，这里什么都无法并行。`,
  ratioPass: (facts, most) => `${facts}（预期至多 ${most} 倍）。`,
  ratioFail: (facts, most) => `${facts}；预期至多 ${most} 倍。`,
  ratioClose: (facts) => `${facts}：在繁忙的机器上太接近临界值，无法判定。请再运行一次。`,

  noWorkReported: '没有哪一行报告这些工作用了多长时间。',
  whose,
  cpuUnmeasured: (who) => `无法测量${who}的 CPU 时间（它们都没有自行结束）。请再运行一次。`,
  cpuFacts: (claimed, who, used) => `程序报告了 ${claimed.toFixed(0)} 毫秒的工作；${who}实际用了 ${used.toFixed(0)} 毫秒 CPU 时间`,
  cpuPass: (facts) => `${facts}。`,
  cpuFail: (facts, where) =>
    `${facts}：报告的工作并没有在那里完成。${where === 'all' ? '真正去做这些工作' : `在${whose[where].replace('它的', '')}里做这些工作`}，并报告它实际用掉的时间。`,
  noReportLine: '没有打印出报告行。',
  tooFewRan: (line, ran, n, need) => `打印了 ${line}，但${ran === 0 ? `没有任何${one(n)}` : `只有 ${ran} 个${one(n)}`}运行过（预期至少 ${need} 个）。`,
  afterEveryEnd: (line, n) => `${line} 出现在每个${one(n)}都结束之后。`,
  neverFinished: '一直没有结束',
  finishedAt: (at) => `在 ${at} 结束`,
  beforeEnds: (line, at, late, ran, n, when) =>
    `${line} 在 ${at} 打印出来，此时${late === ran && ran > 1 ? `全部 ${ran} 个${one(n)}` : `有 ${late} 个${one(n)}`}还没有结束（${when}）：报告不可能知道尚未得出的结果。等每个${one(n)}都结束后再报告。`,

  noStart: (n, names) => `${one(n)} ${names} 没有打印开始行：检查每个${one(n)}是否都启动了，并且打印了它的开始行。`,
  runEnded: (reason) => `运行结束了：${reason}`,
  noEnd: (n, names, _count, stopped) =>
    `${one(n)} ${names} 开始了，却一直没有打印结束行${stopped === null ? '' : `（${stopped}）`}。程序结束之前，有没有等待每个${one(n)}完成？`,
  allFinishTitle: (n, names) => `每个${one(n)}都开始并完成（${names}）`,
  allFinishPass: (names) => `${names} 都打印了开始行和结束行。`,
  overlapTitle: (n) => `各个${one(n)}同时运行`,
  overlapPass: (n, lastStart, first, firstEnd) => `每个${one(n)}都在第一个结束之前开始了（最后一个在 ${lastStart} 开始，最先结束的 ${first} 在 ${firstEnd} 结束）。`,
  overlapFail: (n, names, _count, first, firstEnd, late, lateStart) =>
    `${one(n)} ${names} 直到${one(n)} ${first} 结束之后才开始（${first} 在 ${firstEnd} 结束，${late} 在 ${lateStart} 开始）：这些${one(n)}是一个接一个运行的。`,
  totalTitle: (n) => `所有${one(n)}加起来的用时约等于最长的那个，而不是各自用时之和`,
  noDuration: (n) => `每一条开始行都必须说明它的${one(n)}要花多长时间（以秒为单位）；其中有一条没有。`,
  totalFacts: (n, total, longest, sum) => `这些${one(n)}从第一个开始到最后一个结束用了 ${total}；最长的${one(n)}要 ${longest}，全部加起来是 ${sum}`,
  totalTooShort: (facts, n) => `${facts}。这比最长的${one(n)}还短：每个${one(n)}真的等了它所说的那么久吗？`,
  totalNearSum: (facts, n) => `${facts}。这大约是总和：这些${one(n)}是一个接一个等待的。`,
  totalOverLongest: (facts, n) => `${facts}。这远远超过了最长的${one(n)}。`,
  totalPass: (facts) => `${facts}。`,
  sameValue: (n, field, value) => `每个${one(n)}报告的 ${field} 都是 ${value}。`,
  differentValues: (n, field, values) => `各个${one(n)}报告的 ${field} 各不相同：${values}。`,
  ownValues: (n, field, values) => `每个${one(n)}都报告了自己的 ${field}：${values}。`,
  sharedValues: (n, field, values) => `有些${one(n)}的 ${field} 相同：${values}。`,
  startTogetherTitle: (n) => `各个${one(n)}几乎同时开始`,
  startSpread: (n, spread) => `最后一个${one(n)}比第一个晚 ${spread} 开始。`,
  startSpreadFail: (n, spread, most) => `最后一个${one(n)}比第一个晚 ${spread} 开始；预期至多晚 ${most}。`,
  concurrencyTitle: (n, max) => `同一时刻最多有 ${max} 个${one(n)}在运行`,
  at: (time) => `（在 ${time}）`,
  overLimit: (n, peak, at, max) => `同一时刻有 ${peak} 个${one(n)}在运行${at}；上限是 ${max}。`,
  underMin: (n, peak, max) => `同一时刻运行的${one(n)}从没超过 ${peak} 个；最多可以有 ${max} 个，所以这些工作本可以重叠得更多。`,
  concurrencyPass: (n, peak, at) => `同一时刻最多有 ${peak} 个${one(n)}在运行${at}。`,
  waitsTitle: (n) => `每个${one(n)}真的等待了它所说的时长`,
  waitsPass: (n) => `每个${one(n)}在开始时都启动了一次与它报告的时长相符的等待。`,
  waitSeen: (ms, at) => `${at} 开始的 ${ms}`,
  waitsFail: (n, missing, seen) =>
    `${one(n)} ${list(missing)} 开始时，没有启动与报告时长相符的等待${seen === null ? '（根本没有看到任何等待）' : `（看到的等待：${seen}）`}。每个${one(n)}都必须在开始时自己去等待，而不是按一张时间表打印它的行。`,
  finishOrderBlind: (n) => `这些${one(n)}碰巧按给定的顺序完成，所以这次运行无法说明结果是否保持了输入顺序。`,
  followedByTitle: (pattern, n) => `匹配 ${pattern} 的行出现在每个${one(n)}都完成之后`,
  ownTimer: (line, n, ms) =>
    `${line} 虽然出现在这些${one(n)}结束之后，却是由它自己的一个定时器（${ms}，在它们结束前就设好了）打印的，而不是因为它们结束了：程序只是按时间表打印了这些行。在 await 这些${one(n)}之后立即打印报告。`,
  afterEveryFinish: (line, n) => `${line} 出现在每个${one(n)}都完成之后。`,
  printedBefore: (line, n, names) => `${line} 在${one(n)} ${names} 完成之前就打印出来了：没有任何代码等待它们。`,
  didNotWait: (n, names, _count, first, after, says) =>
    `${one(n)} ${names} 刚打印完开始行就打印了结束行（${first}：只隔了 ${after}，尽管它说要等待 ${says}）：等待没能让它停下来。没有被 await 的 promise 会继续运行，而它后面的代码也照样往下走：在${one(n)}内部 await 这个 sleep。`,
  missingField: (n, names, _count, field) => `${one(n)} ${names} 没有在开始行里报告 ${field}。`,
  idOf: (kind) => (kind === 'pid' ? 'process.pid' : 'threadId（来自 node:worker_threads）'),
  misnamedId: (n, task, field, value, kind, writer) => `${one(n)} ${task} 的开始行说 ${field} 是 ${value}，但这一行是由${kind === 'pid' ? '进程' : '线程'} ${writer} 写出的`,
  misnamedIds: (items, n, kind) =>
    `${items.join('；')}。每个${one(n)}都必须在运行它的那个${kind === 'pid' ? '进程' : '线程'}内部，打印它自己的 ${zhCN.idOf(kind)}。`,
  unrealId: (n, task, field, value) => `${one(n)} ${task} 报告的 ${field} 是 ${value}`,
  unrealIds: (items, n, kind) =>
    `${items.join('；')}，但这个程序里没有运行过这个 id 的${kind === 'pid' ? '进程' : '线程'}。打印运行该${one(n)}的${kind === 'pid' ? '进程' : '线程'}真实的 ${zhCN.idOf(kind)}。`,
};
