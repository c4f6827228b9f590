/**
 * The runtime's words in Chinese: the status line (src/runtime/chooser/wording.ts) and why WebContainer
 * cannot run (src/runtime/webcontainer/messages.ts), with the same keys and parameters as the English,
 * so a page in Chinese says all of it in Chinese. Run messages have theirs in src/run-contract/messages.ts.
 */
import type { Problem } from '../runtime/webcontainer/messages.ts';
import { DEFAULT_BOOT_TIMEOUT_MS } from '../runtime/webcontainer/config.ts';
import { formatSeconds } from '../run-contract/format.ts';
import { LOCAL_LABEL, WEBCONTAINER_LABEL } from '../runtime/labels.ts';

const LOCAL_HINT = '或者用 `npm start` 在你的电脑上运行本课程（见 README）。';
const sec = (ms: number) => `${formatSeconds(ms)} 秒`;

export const problemsZh = {
  notIsolated: (): Problem => ({
    code: 'not-isolated',
    short: '页面没有跨源隔离',
    message:
      '这里无法在浏览器中运行 Node：页面没有跨源隔离（服务器没有发送 `Cross-Origin-Opener-Policy: same-origin` 和 ' +
      '`Cross-Origin-Embedder-Policy: require-corp`）。网站的托管者可以加上这两个响应头（README“部署静态网站”一节）；' +
      LOCAL_HINT,
  }),
  noSharedArrayBuffer: (): Problem => ({
    code: 'no-shared-array-buffer',
    short: '浏览器不支持 SharedArrayBuffer',
    message: `这里无法在浏览器中运行 Node：这个浏览器不提供 WebContainer 所需的 SharedArrayBuffer。请换用新版 Chrome、Edge 或 Firefox，${LOCAL_HINT}`,
  }),
  unsupportedBrowser: (what: string): Problem => ({
    code: 'unsupported-browser',
    short: `不支持 ${what}`,
    message: `无法在这个浏览器（${what}）中运行 Node：WebContainer 支持新版 Chrome、Edge、Firefox 以及 Safari 16.4 及以上版本。请换用其中之一，${LOCAL_HINT}`,
  }),
  needsConsent: (): Problem => ({
    code: 'needs-consent',
    short: '等待你来启动',
    message: '在 iPhone 和 iPad 上，在浏览器里启动 Node 可能占用太多内存，导致标签页崩溃。点“运行”旁边的“在浏览器中启动 Node”仍可一试，或者改用桌面浏览器。',
  }),
  noNetwork: (origin: string): Problem => ({
    code: 'no-network',
    short: '没有网络',
    message: `浏览器中的 Node 无法启动：无法连接 ${new URL(origin).host}，而 WebContainer 要从那里加载。你是否离线了？联网后重新加载页面，${LOCAL_HINT}`,
  }),
  loadFailed: (detail: string): Problem => ({
    code: 'load-failed',
    short: '代码没有加载成功',
    message: `浏览器中的 Node 无法启动：WebContainer 的代码没有加载成功（${detail}）。请重新加载页面，${LOCAL_HINT}`,
  }),
  bootTimeout: (ms: number = DEFAULT_BOOT_TIMEOUT_MS): Problem => ({
    code: 'boot-timeout',
    short: `没有在 ${sec(ms)}内启动`,
    message: `浏览器中的 Node 没有在 ${sec(ms)}内启动：StackBlitz 可能很慢或被拦截了（防火墙、浏览器扩展、严格的隐私设置）。请重新加载页面再试，${LOCAL_HINT}`,
  }),
  bootFailed: (detail: string): Problem => ({
    code: 'boot-failed',
    short: '启动失败',
    message: `浏览器中的 Node 无法启动（${detail}）。请重新加载页面再试，${LOCAL_HINT}`,
  }),
  nodeCannotRunTypeScript: (version: string): Problem => ({
    code: 'node-cannot-run-ts',
    short: `那里的 Node ${version} 不能运行 TypeScript`,
    message: `浏览器中的 Node 版本是 ${version}，不能直接运行本课程的 TypeScript 文件（需要 Node 22.6 或更高版本）。请用 \`npm start\` 在你的电脑上运行本课程（见 README）。`,
  }),
  nodeCannotImport: (version: string): Problem => ({
    code: 'node-cannot-import',
    short: `那里的 Node ${version} 无法预加载检查代码`,
    message: `浏览器中的 Node 版本是 ${version}，无法用 \`--import\` 加载本课程的预加载文件，在那里运行不会像在你电脑上一样评分。请用 \`npm start\` 运行本课程（见 README）。`,
  }),
  setupFailed: (detail: string): Problem => ({
    code: 'setup-failed',
    short: '无法完成设置',
    message: `浏览器中的 Node 已启动，但无法完成设置（${detail}）。请重新加载页面再试，${LOCAL_HINT}`,
  }),
  tornDown: (): Problem => ({
    code: 'torn-down',
    short: '已关闭',
    message: '离开页面时，浏览器中的 Node 已被关闭。重新加载页面即可再次启动它。',
  }),
};

/** The status line's own words, for each state of the runtime chooser (src/runtime/chooser/wording.ts). */
export interface RuntimeWords {
  localLabel: string;
  webcontainerLabel: string;
  forcedLocalMissing: string;
  unforceHint: string;
  localNoAnswer: (detail: string) => string;
  cannotRun: (problem: string) => string;
  noLocalRuntime: string;
  notInUse: (problem: string) => string;
  readyToo: (label: string, version: string) => string;
  runInBrowser: string;
  startingInBackground: (label: string) => string;
  runHere: string;
  waitingForYou: (label: string) => string;
  iosNote: string;
  startInBrowser: string;
  restarting: (label: string) => string;
  runWaits: string;
  starting: (label: string) => string;
  firstStart: string;
}

export const runtimeWordsEn: RuntimeWords = {
  // The runtimes' own labels: one home, src/runtime/labels.ts.
  localLabel: LOCAL_LABEL,
  webcontainerLabel: WEBCONTAINER_LABEL,
  forcedLocalMissing:
    '`?runtime=local` asks for the local runtime, but this page was not served by `npm start` or `npm run dev`. Run `npm start` and open the address it prints, or remove `?runtime=local` from the address.',
  unforceHint: 'To run on this computer instead, open this page without `?runtime=webcontainer`.',
  localNoAnswer: (detail) => `The local runner did not answer (${detail}), so runs will fail: is \`npm start\` (or \`npm run dev\`) still running? Restart it and reload the page.`,
  cannotRun: (problem) => `Cannot run code here: ${problem}`,
  noLocalRuntime: 'no local runtime',
  notInUse: (problem) => `WebContainer not in use (${problem})`,
  readyToo: (label, version) => `${label} is ready too (Node ${version}).`,
  runInBrowser: 'Run in your browser instead',
  startingInBackground: (label) => `${label} is starting in the background.`,
  runHere: 'Run on this computer instead',
  waitingForYou: (label) => `${label} · waiting for you`,
  iosNote: 'On iPhone and iPad, starting Node in the browser can crash the tab.',
  startInBrowser: 'Start Node in your browser',
  restarting: (label) => `${label} · restarting…`,
  runWaits: 'Run waits for it.',
  starting: (label) => `${label} · starting…`,
  firstStart: 'The first start takes about 10 s; Run waits for it.',
};

export const runtimeWordsZh: RuntimeWords = {
  localLabel: '在这台电脑上（本机 Node）',
  webcontainerLabel: '在浏览器中（WebContainer）',
  forcedLocalMissing: '`?runtime=local` 要求使用本机运行环境，但这个页面不是由 `npm start` 或 `npm run dev` 提供的。运行 `npm start` 并打开它打印的地址，或者从地址中去掉 `?runtime=local`。',
  unforceHint: '要改在这台电脑上运行，请打开不带 `?runtime=webcontainer` 的页面地址。',
  localNoAnswer: (detail) => `本机运行器没有响应（${detail}），运行将会失败：\`npm start\`（或 \`npm run dev\`）还在运行吗？重新启动它，然后重新加载页面。`,
  cannotRun: (problem) => `这里无法运行代码：${problem}`,
  noLocalRuntime: '没有本机运行环境',
  notInUse: (problem) => `未使用 WebContainer（${problem}）`,
  readyToo: (label, version) => `${label}也已就绪（Node ${version}）。`,
  runInBrowser: '改为在浏览器中运行',
  startingInBackground: (label) => `${label}正在后台启动。`,
  runHere: '改为在这台电脑上运行',
  waitingForYou: (label) => `${label} · 等待你来启动`,
  iosNote: '在 iPhone 和 iPad 上，在浏览器里启动 Node 可能导致标签页崩溃。',
  startInBrowser: '在浏览器中启动 Node',
  restarting: (label) => `${label} · 正在重启…`,
  runWaits: '“运行”会等待它。',
  starting: (label) => `${label} · 正在启动…`,
  firstStart: '第一次启动大约需要 10 秒，“运行”会等待它。',
};
