/**
 * What a runtime tells the learner about a run, in plain words and in each language of the site.
 * One home for both runtimes: the local runner (server side, told the page's language in the run
 * request) and the WebContainer adapter (in the page) say the same thing for the same limit. Pure.
 */
import { formatBytes, formatSeconds } from './format.ts';
import type { FileProblem } from './run-files.ts';

const RUN_LOCALES = ['en', 'zh-CN'] as const;
/** The languages of run messages: the site's languages (src/i18n/index.ts `locales`). */
export type RunLocale = (typeof RUN_LOCALES)[number];

export function isRunLocale(value: unknown): value is RunLocale {
  return typeof value === 'string' && (RUN_LOCALES as readonly string[]).includes(value);
}

export interface RunMessages {
  timeout(ms: number): string;
  outputLimit(bytes: number): string;
  lineLimit(lines: number): string;
  processLimit(max: number): string;
  orphans(count: number): string;
  memoryLimit(mb: number): string;
  diskLimit(mb: number): string;
  /** The one Stop message: the learner pressed Stop (or started a new run) before the program ended. */
  stopped(): string;
  outOfMemory(mb: number): string;
  cannotRun(problem: string): string;
  /** Why the run's files were refused (a phrase: `cannotRun` makes it a sentence). */
  fileProblem(problem: FileProblem): string;
  /** The page lost its connection to the local runner mid-run. */
  connectionLost(): string;
  /** The local runner could not be reached at all. */
  unreachable(): string;
  /** The local runner refused the request without saying why. */
  refused(status: number): string;
}

const en: RunMessages = {
  timeout: (ms) =>
    `Stopped after ${formatSeconds(ms)} s: the time limit for this lesson. ` +
    'Is there a loop that never ends, or a promise nobody resolves?',
  outputLimit: (bytes) =>
    `Stopped: your program printed more than ${formatBytes(bytes)} of output. ` +
    'Is a loop printing without end? Print less, or print a summary instead.',
  lineLimit: (lines) =>
    `Stopped: your program printed more than ${lines.toLocaleString('en')} lines. ` +
    'Is a loop printing without end? Print less, or print a summary instead.',
  processLimit: (max) =>
    `Stopped: your program started more than ${max} processes at once (a fork storm?). ` +
    'Does each child start children of its own? Keep the number of processes small.',
  orphans: (count) =>
    `Your program ended but left ${count === 1 ? 'a child process' : `${count} child processes`} running; ` +
    `${count === 1 ? 'it was' : 'they were'} stopped. Wait for every child to exit (or kill it) before the main program ends.`,
  memoryLimit: (mb) =>
    `Stopped: your program and its child processes used more than ${mb} MB of memory together. ` +
    'Does something keep growing, such as a Buffer, an array, or a file written to /tmp?',
  diskLimit: (mb) =>
    `Stopped: your program wrote a file larger than ${mb} MB, the limit for one file. ` +
    'Is a loop writing without end? Write less, or write a summary instead.',
  stopped: () => 'Stopped before it finished.',
  outOfMemory: (mb) =>
    `Your program ran out of memory (the limit is ${mb} MB) and Node ended it. ` +
    'Does something keep growing, such as an array, a map, or promises that never settle?',
  cannotRun: (problem) => `Could not run your program: ${problem}.`,
  fileProblem: (p) => {
    const q = (name: string) => JSON.stringify(name);
    switch (p.kind) {
      case 'no-files': return 'no files were sent';
      case 'too-many-files': return `too many files (${p.count}; at most ${p.max})`;
      case 'empty-name': return 'a file name is empty';
      case 'name-too-long': return `the file name ${q(p.name)} is longer than ${p.max} characters`;
      case 'bad-character':
        return p.what === 'backslash'
          ? `the file name ${q(p.name)} contains a backslash (use "/" between folders)`
          : `the file name ${q(p.name)} contains a ${p.what === 'nul' ? 'NUL' : 'control'} character`;
      case 'absolute-path': return `the file name ${q(p.name)} is an absolute path`;
      case 'dot-dot': return `the file name ${q(p.name)} contains ".."`;
      case 'empty-folder-name': return `the file name ${q(p.name)} has an empty or "." folder name`;
      case 'not-text': return `the contents of ${q(p.name)} are not text`;
      case 'file-too-large': return `the file ${q(p.name)} is too large (${formatBytes(p.bytes)}; at most ${formatBytes(p.max)})`;
      case 'files-too-large': return `the files are too large together (${formatBytes(p.bytes)}; at most ${formatBytes(p.max)})`;
      case 'names-clash': return `the file names ${q(p.other)} and ${q(p.name)} clash`;
      case 'file-and-folder': return `${q(p.name)} is both a file and a folder`;
      case 'entry-missing': return `the file to run (${q(p.name)}) is not among the files`;
    }
  },
  connectionLost: () => 'The connection to the local runtime broke off before the program ended.',
  unreachable: () => 'Could not reach the local runtime. Is `npm start` (or `npm run dev`) still running in your terminal?',
  refused: (status) => `The local runtime refused the run (HTTP ${status}).`,
};

const zhCN: RunMessages = {
  timeout: (ms) => `运行 ${formatSeconds(ms)} 秒后被停止：这是本课的时间上限。是不是有一个永不结束的循环，或者一个没人 resolve 的 Promise？`,
  outputLimit: (n) => `已停止：你的程序输出超过了 ${formatBytes(n, '字节')}。是不是有循环在不停地打印？少打印一些，或者只打印汇总。`,
  lineLimit: (lines) => `已停止：你的程序打印了超过 ${lines.toLocaleString('zh-CN')} 行。是不是有循环在不停地打印？少打印一些，或者只打印汇总。`,
  processLimit: (max) => `已停止：你的程序同时启动了超过 ${max} 个进程（fork 风暴？）。是不是每个子进程又启动了自己的子进程？让进程数量保持在少数。`,
  orphans: (count) => `你的程序结束了，但留下了 ${count} 个仍在运行的子进程，它们已被停止。在主程序结束前，等待每个子进程退出（或结束它）。`,
  memoryLimit: (mb) => `已停止：你的程序和它的子进程一共使用了超过 ${mb} MB 内存。是不是有什么在不断增长，比如 Buffer、数组，或者写入 /tmp 的文件？`,
  diskLimit: (mb) => `已停止：你的程序写了一个超过 ${mb} MB 的文件，这是单个文件的上限。是不是有循环在不停地写？少写一些，或者只写汇总。`,
  stopped: () => '在结束前被停止了。',
  outOfMemory: (mb) => `你的程序耗尽了内存（上限是 ${mb} MB），被 Node 终止了。是不是有什么在不断增长，比如数组、Map，或者永远不会完成的 Promise？`,
  cannotRun: (problem) => `无法运行你的程序：${problem}。`,
  fileProblem: (p) => {
    const q = (name: string) => `“${name}”`;
    switch (p.kind) {
      case 'no-files': return '没有收到任何文件';
      case 'too-many-files': return `文件太多（${p.count} 个；最多 ${p.max} 个）`;
      case 'empty-name': return '有一个文件名是空的';
      case 'name-too-long': return `文件名 ${q(p.name)} 超过了 ${p.max} 个字符`;
      case 'bad-character':
        return p.what === 'backslash'
          ? `文件名 ${q(p.name)} 含有反斜杠（文件夹之间请用“/”）`
          : `文件名 ${q(p.name)} 含有${p.what === 'nul' ? ' NUL ' : '控制'}字符`;
      case 'absolute-path': return `文件名 ${q(p.name)} 是绝对路径`;
      case 'dot-dot': return `文件名 ${q(p.name)} 含有“..”`;
      case 'empty-folder-name': return `文件名 ${q(p.name)} 中有空的或为“.”的文件夹名`;
      case 'not-text': return `${q(p.name)} 的内容不是文本`;
      case 'file-too-large': return `文件 ${q(p.name)} 太大（${formatBytes(p.bytes, '字节')}；最多 ${formatBytes(p.max, '字节')}）`;
      case 'files-too-large': return `文件加起来太大（${formatBytes(p.bytes, '字节')}；最多 ${formatBytes(p.max, '字节')}）`;
      case 'names-clash': return `文件名 ${q(p.other)} 和 ${q(p.name)} 冲突`;
      case 'file-and-folder': return `${q(p.name)} 既是文件又是文件夹`;
      case 'entry-missing': return `要运行的文件（${q(p.name)}）不在这些文件中`;
    }
  },
  connectionLost: () => '程序结束前，与本机运行环境的连接中断了。',
  unreachable: () => '无法连接本机运行环境。`npm start`（或 `npm run dev`）还在终端里运行吗？',
  refused: (status) => `本机运行环境拒绝了这次运行（HTTP ${status}）。`,
};

const tables: Record<RunLocale, RunMessages> = { en, 'zh-CN': zhCN };

/** The run messages in `locale` (English when none is given, as for the CLI and the grader). */
export function runMessages(locale: RunLocale = 'en'): RunMessages {
  return tables[locale];
}
