// The editor's Node types are @types/node itself: every lesson's solution shows no error in Monaco's
// own TypeScript worker, any `node:` module is known (readline, http, net…), and real mistakes are
// still underlined.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEARNER_COMPILER_OPTIONS } from '../editor/compiler-options.ts';
import { CONTENT_DIR, lessonIds, loadLesson } from '../lessons/from-disk.ts';
import { solutionFiles } from '../lessons/index.ts';
import { editorChecker, showDiagnostic } from './editor-check.ts';
import { readNodeTypeLibs } from './node-types-files.ts';

type Files = Record<string, string>;

// Learner-style programs (from the former hand-kept node-lite.d.ts tests): the editor shows no error in them.
const samples: Record<string, Files> = {
  '(a) async tasks with timers/promises and Promise.all': {
    'main.ts': `
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

async function task(name: string, ms: number): Promise<string> {
  console.log(\`task \${name} started (pid \${process.pid}, thread \${threadId}), waiting \${ms} ms\`);
  await sleep(ms);
  console.log(\`task \${name} finished (pid \${process.pid}, thread \${threadId})\`);
  return \`\${name} waited \${ms} ms\`;
}

const startedAt = performance.now();
const results = await Promise.all([task('A', 200), task('B', 300)]);
const elapsed = (performance.now() - startedAt) / 1000;
console.log(\`main: both tasks done after \${elapsed.toFixed(2)} s\`, results);
`,
  },

  '(b) two Workers, workerData, events.once': {
    'main.ts': `
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

type Result = { id: number; sum: number; threadId: number };

async function run(id: number, n: number): Promise<Result> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { id, n }, name: \`sum-\${id}\` });
  worker.on('error', (err) => console.error(\`worker \${id} failed\`, err));
  worker.on('online', () => console.log(\`worker \${id} is thread \${worker.threadId}\`));
  const [result] = (await once(worker, 'message')) as [Result];
  const [exitCode] = await once(worker, 'exit');
  console.log(\`worker \${id} exited with \${exitCode}\`);
  return result;
}

const results = await Promise.all([run(1, 1_000_000), run(2, 2_000_000)]);
for (const r of results) console.log(\`worker \${r.id} on thread \${r.threadId}: \${r.sum}\`);
`,
    'worker.ts': `
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';

const { id, n } = workerData as { id: number; n: number };
let sum = 0;
for (let i = 0; i < n; i++) sum += i;
console.log(\`worker \${id}: pid \${process.pid}, thread \${threadId}, main thread? \${isMainThread}\`);
parentPort!.postMessage({ id, sum, threadId });
`,
  },

  '(c) fork twice with args, message and exit': {
    'main.ts': `
import { fork } from 'node:child_process';

type Reply = { pid: number; doubled: number };

const exits = [1, 2].map((n) => {
  const child = fork(new URL('./child.ts', import.meta.url), [String(n), 'extra']);
  child.on('message', (reply: Reply) => console.log(\`child \${reply.pid} doubled \${n}: \${reply.doubled}\`));
  child.send({ hello: 'from parent' });
  return new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
});

const codes = await Promise.all(exits);
console.log(\`parent \${process.pid} saw exit codes \${codes.join(', ')}\`);
`,
    'child.ts': `
const n = Number(process.argv[2]);
console.log(\`child \${process.pid} (parent \${process.ppid}) got argv \${process.argv.slice(2).join(' ')}\`);
process.send?.({ pid: process.pid, doubled: n * 2 });
process.once('message', (message) => {
  console.log('parent said', message);
  if (process.connected) process.disconnect?.();
});
`,
  },

  '(d) AbortController cancels a timers/promises sleep': {
    'main.ts': `
import { setTimeout as sleep } from 'node:timers/promises';

const controller = new AbortController();
const timer = setTimeout(() => controller.abort(), 50);
try {
  const value = await sleep(10_000, 'finished', { signal: controller.signal });
  console.log(value.toUpperCase());
} catch (err) {
  if (err instanceof Error && err.name === 'AbortError') console.log('cancelled:', err.message);
  else throw err;
} finally {
  clearTimeout(timer);
}

const deadline = AbortSignal.timeout(100);
deadline.addEventListener('abort', () => console.log('timed out:', deadline.reason), { once: true });
try {
  AbortSignal.any([deadline, AbortSignal.abort('stop')]).throwIfAborted();
} catch (err) {
  console.log(err instanceof DOMException ? err.name : String(err));
}
`,
  },

  '(e) SharedArrayBuffer and Atomics across workers': {
    'main.ts': `
import { Worker } from 'node:worker_threads';

const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
const counter = new Int32Array(shared);
const workers = Array.from({ length: 4 }, () =>
  new Worker(new URL('./worker.ts', import.meta.url), { workerData: { shared, times: 100_000 } }));
await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
  w.once('error', reject);
  w.once('exit', () => resolve());
})));
console.log(\`counter = \${Atomics.load(counter, 0)} (expected \${4 * 100_000})\`);
`,
    'worker.ts': `
import { workerData } from 'node:worker_threads';

const { shared, times } = workerData as { shared: SharedArrayBuffer; times: number };
const counter = new Int32Array(shared);
for (let i = 0; i < times; i++) Atomics.add(counter, 0, 1);
Atomics.notify(counter, 0);
`,
  },

  '(f) CPU-bound loop timed with performance.now()': {
    'main.ts': `
import { availableParallelism, cpus } from 'node:os';

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const t0 = performance.now();
const value = fib(27);
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
console.log(\`fib(27) = \${value} in \${ms.toFixed(1)} ms (user CPU \${(cpu.user / 1000).toFixed(0)} ms)\`);
console.log(\`one thread of \${availableParallelism()} (\${cpus()[0]?.model ?? 'unknown CPU'})\`);
const elu = performance.eventLoopUtilization();
console.log(\`event loop busy \${(elu.utilization * 100).toFixed(0)}%\`, process.hrtime.bigint(), process.memoryUsage().heapUsed);
`,
  },

  '(g) local .ts import, typed EventEmitter, default and namespace imports': {
    'main.ts': `
import EventEmitter, { on, once } from 'node:events';
import os from 'node:os';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { deepStrictEqual } from 'node:assert';
import cluster from 'node:cluster';
import { promisify } from 'node:util';
import { exec } from 'node:child_process';
import { randomInt, pbkdf2 } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { double, type Job } from './util.ts';

class Queue extends EventEmitter<{ done: [job: Job]; failed: [job: Job, error: Error] }> {}
const queue = new Queue();
queue.on('done', (job) => console.log(job.id, double(job.id)));
const firstDone = once(queue, 'done');
queue.emit('done', { id: randomInt(10) });
const [first] = await firstDone;
assert.ok(first);
deepStrictEqual([1], [1]);

const ticker = new EventEmitter();
setTimeout(() => ticker.emit('tick', 1), 10).hasRef();
for await (const [n] of on(ticker, 'tick', { signal: AbortSignal.timeout(50) })) {
  console.log('tick', n);
  break;
}

const execAsync = promisify(exec);
const { stdout } = await execAsync('node --version');
const deriveKey = promisify(pbkdf2);
const key = await deriveKey('password', 'salt', 100_000, 32, 'sha256');
console.log(stdout.trim(), key.toString('hex'), os.availableParallelism(), path.join(import.meta.dirname, 'x'));
console.log(fileURLToPath(import.meta.url), await readFile(import.meta.filename, 'utf8').then((s) => s.length));
if (cluster.isPrimary) cluster.on('exit', (worker, code) => console.log(worker.id, code));
await navigator.locks.request('counter', async () => Promise.resolve());
const timeout: NodeJS.Timeout = setInterval(() => {}, 1_000);
clearInterval(timeout);
const bytes = Buffer.from('héllo');
console.log(bytes.length, Buffer.byteLength('héllo'), new TextDecoder().decode(new TextEncoder().encode('ok')));
`,
    'util.ts': `
export type Job = { id: number };
export const double = (n: number): number => n * 2;
`,
  },

  '(h) a tour of every declared module and global': {
    'main.ts': `
import { setTimeout as sleep, setInterval as every, scheduler } from 'node:timers/promises';
import { Worker, isMainThread, parentPort, workerData, threadId, MessageChannel, receiveMessageOnPort, BroadcastChannel } from 'node:worker_threads';
import { fork, spawn, exec, execSync } from 'node:child_process';
import EventEmitter, { once, on } from 'node:events';
import { EventEmitter as EE2 } from 'events';
import os from 'node:os';
import * as os2 from 'os';
import { cpus, availableParallelism } from 'node:os';
import { performance as perf, monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify, inspect, format, types } from 'node:util';
import { randomInt, randomUUID, randomBytes, createHash, pbkdf2 } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import fs, { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { join } from 'path';
import * as pathNs from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import assert2, { strictEqual } from 'node:assert';
import { deepStrictEqual } from 'assert/strict';
import cluster from 'node:cluster';
import process2 from 'node:process';
import { argv } from 'node:process';

const t: NodeJS.Timeout = setTimeout(() => {}, 10);
t.unref().ref(); const hr: boolean = t.hasRef(); clearTimeout(t);
const iv = setInterval((a: number) => a, 5, 1); clearInterval(iv);
const im = setImmediate(() => {}); clearImmediate(im);
await new Promise<void>((r) => setTimeout(r, 1));
await new Promise((r) => setTimeout(r, 1));
await new Promise((r) => setImmediate(r));
queueMicrotask(() => {});
const c = structuredClone({ a: 1 }); c.a.toFixed();
const v: string = await sleep(5, 'x');
await sleep(5);
for await (const n of every(10, 3)) { const k: number = n; break; }
await scheduler.wait(1); await scheduler.yield();
const [a, b] = await Promise.all([sleep(1, 1), sleep(2, 'two')]);
const aa: number = a; const bb: string = b;
console.log(process.pid, process.ppid, threadId, process.argv[2], process.env.HOME?.length, process.platform, process.version, process.versions.node);
process.exitCode = 1;
const big: bigint = process.hrtime.bigint(); const [s, ns] = process.hrtime(); process.hrtime([s, ns]);
const mu = process.memoryUsage(); mu.heapUsed; process.memoryUsage.rss();
const cu = process.cpuUsage(); process.cpuUsage(cu).user; process.uptime();
process.on('exit', (code) => { const x: number = code; });
process.on('unhandledRejection', (reason, p) => { p.catch(() => {}); });
process.on('uncaughtException', (err, origin) => { err.message; const o: 'uncaughtException' | 'unhandledRejection' = origin; });
process.on('message', (m) => { console.log(m); });
process.on('SIGINT', (sig) => {});
process.send?.({ hi: 1 });
if (process.connected) process.disconnect?.();
process.stdout.write('x\\n'); process.stderr.write(new Uint8Array(1));
console.table([{ a: 1 }]); console.time('t'); console.timeEnd('t'); console.debug(1); console.info(1); console.warn(1); console.error(1);
const t0 = performance.now(); performance.timeOrigin; performance.mark('a'); performance.measure('m', 'a'); perf.eventLoopUtilization().utilization;
const h = monitorEventLoopDelay({ resolution: 10 }); h.enable(); h.disable(); h.percentile(99); h.mean;
const ac = new AbortController(); ac.abort('why'); ac.signal.aborted; ac.signal.reason; ac.signal.throwIfAborted();
ac.signal.addEventListener('abort', () => {}, { once: true });
AbortSignal.timeout(10); AbortSignal.any([ac.signal, AbortSignal.abort()]);
const ev = new Event('x'); const et = new EventTarget(); et.dispatchEvent(ev);
const de = new DOMException('m', 'AbortError'); de.name; de.code;
const te = new TextEncoder().encode('hi'); new TextDecoder().decode(te);
const u = new URL('./worker.ts', import.meta.url); u.pathname; u.searchParams.get('a');
import.meta.dirname; import.meta.filename; import.meta.resolve('./x.ts'); const im2: boolean = import.meta.main;
const sab = new SharedArrayBuffer(16); const ia = new Int32Array(sab); Atomics.add(ia, 0, 1); Atomics.load(ia, 0); Atomics.wait(ia, 0, 5, 0); Atomics.notify(ia, 0);
const buf = Buffer.from('hello'); buf.toString('hex'); buf.length; Buffer.byteLength('héllo'); Buffer.concat([buf, Buffer.alloc(2)]); Buffer.from([1,2,3]);
const bsab = Buffer.from(sab); const sb: SharedArrayBuffer = bsab.buffer;
const res = await fetch('https://example.com', { signal: AbortSignal.timeout(1000) }); await res.json(); res.ok;
navigator.hardwareConcurrency; await navigator.locks.request('l', async (lock) => { lock?.name; return 1; });
crypto.randomUUID(); crypto.getRandomValues(new Uint8Array(4));
const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { n: 1 }, name: 'w1', resourceLimits: { maxOldGenerationSizeMb: 64 }, argv: ['a'], env: {}, stdout: false, stderr: false });
w.postMessage({ x: 1 }); w.postMessage(ia.buffer); const tid: number = w.threadId;
w.on('message', (m) => m.x); w.on('error', (e) => e.message); w.on('exit', (code) => { const cc: number = code; }); w.on('online', () => {});
w.once('exit', () => {}); w.off('message', () => {});
w.ref(); w.unref(); const code: number = await w.terminate();
const [msg] = await once(w, 'message'); const [ec] = await once(w, 'exit');
if (!isMainThread) { parentPort!.postMessage(workerData); parentPort?.on('message', (m) => {}); }
const { port1, port2 } = new MessageChannel(); port1.postMessage(1); receiveMessageOnPort(port2)?.message; port1.close();
const mc2 = new MessageChannel(); const ab = new ArrayBuffer(8); mc2.port1.postMessage(ab, [ab]);
const bc = new BroadcastChannel('x'); bc.postMessage(1); bc.onmessage = (e) => { e.data; }; bc.close();
const child = fork(new URL('./child.ts', import.meta.url), ['1', '2']);
const child2 = fork('./child.ts', { execArgv: [], serialization: 'advanced' });
child.on('message', (m) => {}); child.on('exit', (code, signal) => { const x: number | null = code; });
child.send({ a: 1 }); child.kill(); child.kill('SIGKILL'); child.pid; child.connected; child.disconnect(); child.exitCode;
child.stdout?.on('data', (d) => {});
const sp = spawn('ls', ['-l']); sp.stdout.on('data', (d) => {}); sp.stderr.setEncoding('utf8');
exec('ls', (err, out, errOut) => { err?.code; out.trim(); });
const execAsync = promisify(exec); const { stdout } = await execAsync('ls'); stdout.trim();
execSync('ls', { encoding: 'utf8' }).trim(); execSync('ls').toString();
class Jobs extends EventEmitter<{ done: [id: number]; fail: [err: Error] }> {}
const jobs = new Jobs(); jobs.on('done', (id) => { const i: number = id; }); jobs.emit('done', 1);
const [doneId] = await once(jobs, 'done');
const plain = new EventEmitter(); plain.on('x', (a, b) => {}); plain.emit('x', 1, 2); new EE2();
for await (const [val] of on(plain, 'x', { signal: ac.signal })) { break; }
await once(ac.signal, 'abort');
os.cpus().length; os2.availableParallelism(); cpus()[0].model; availableParallelism(); os.totalmem(); os.freemem(); os.platform(); os.hostname(); os.EOL; os.loadavg();
const rb = promisify(randomBytes); const bytes: Buffer = await rb(16);
const pb = promisify(pbkdf2); const key: Buffer = await pb('pw', 'salt', 1000, 32, 'sha256');
const sleepCb = (ms: number, cb: (err: Error | null) => void) => {}; const sleepP: (ms: number) => Promise<void> = promisify(sleepCb);
inspect({ a: 1 }, { depth: 3 }); format('%s', 1); types.isPromise(1);
randomInt(10); randomInt(1, 10); randomUUID(); randomBytes(8).toString('hex'); createHash('sha256').update('x').digest('hex');
const txt: string = await readFile('x', 'utf8'); const raw: Buffer = await readFile('x'); await writeFile('x', 'y'); await mkdir('d', { recursive: true });
existsSync('x'); const s2: string = readFileSync('x', 'utf8'); fs.writeFileSync('x', 'y'); await fs.promises.readFile('x', 'utf8');
fs.readFile('x', 'utf8', (err, data) => { data.trim(); });
path.join('a', 'b'); path.resolve('a'); path.dirname('a'); path.basename('a.ts', '.ts'); path.extname('a'); path.sep; join('a'); pathNs.posix.join('a');
fileURLToPath(import.meta.url); pathToFileURL('/x').href;
assert.ok(true); assert.equal(1, 1); assert.strictEqual(1, 1); assert.deepStrictEqual({}, {}); assert.throws(() => { throw new Error(); }); await assert.rejects(Promise.reject(new Error()));
assert(true); assert2.strictEqual(1, 1); strictEqual(1, 1); deepStrictEqual([1], [1]); assert2.strict.equal(1, 1);
if (cluster.isPrimary) { const cw = cluster.fork(); cw.on('message', (m) => {}); cluster.on('exit', (wk, code, sig) => { wk.id; }); } else { cluster.worker?.id; }
process2.pid; argv.length;
const err = new Error('x'); Error.captureStackTrace(err);
try { await sleep(10, undefined, { signal: ac.signal }); } catch (e) { if (e instanceof Error && e.name === 'AbortError') {} }
`,
  },
};

// Mistakes the editor must underline, with the TypeScript codes that may report them. (A misspelt
// event name such as worker.on('mesage') is not one: @types/node accepts any event name.)
type Negative = { files: Files; codes: number[]; why: string };
const negatives: Record<string, Negative> = {
  'await in a non-async function': {
    why: 'await is only allowed in async functions and at the top level of modules',
    codes: [1308],
    files: { 'main.ts': `import { setTimeout as sleep } from 'node:timers/promises';\nfunction work() {\n  await sleep(10);\n}\nwork();\n` },
  },
  'worker.postMessage() without a value': {
    why: 'postMessage needs the value to send',
    codes: [2554],
    files: { 'main.ts': `import { Worker } from 'node:worker_threads';\nconst worker = new Worker(new URL('./w.ts', import.meta.url));\nworker.postMessage();\n` },
  },
  'misspelled proces.pid': {
    why: 'there is no global named proces',
    codes: [2552, 2304],
    files: { 'main.ts': `console.log(proces.pid);\n` },
  },
  'enum declaration': {
    why: 'Node strips types and cannot run enums (erasableSyntaxOnly)',
    codes: [1294],
    files: { 'main.ts': `enum Color { Red, Green }\nconsole.log(Color.Red);\n` },
  },
  'parameter property': {
    why: 'parameter properties are not erasable syntax either',
    codes: [1294],
    files: { 'main.ts': `class Task {\n  constructor(private readonly name: string) {}\n}\nconsole.log(new Task('a'));\n` },
  },
  '.ts import of a missing file': {
    why: 'the imported file does not exist',
    codes: [2307],
    files: { 'main.ts': `import { helper } from './missing.ts';\nhelper();\n` },
  },
  'timer id used as a number': {
    why: 'Node timers return Timeout objects, not numbers',
    codes: [2322],
    files: { 'main.ts': `const id: number = setTimeout(() => {}, 10);\nconsole.log(id);\n` },
  },
  'process.send called without ?.': {
    why: 'process.send only exists in a process started with an IPC channel',
    codes: [2722],
    files: { 'main.ts': `process.send({ ready: true });\n` },
  },
  'parentPort used without a null check': {
    why: 'parentPort is null on the main thread',
    codes: [18047],
    files: { 'main.ts': `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('hi');\n` },
  },
  'no DOM in Node': {
    why: 'document is a browser global',
    codes: [2584, 2304],
    files: { 'main.ts': `console.log(document.title);\n` },
  },
};

let checker: Awaited<ReturnType<typeof editorChecker>>;
beforeAll(async () => {
  checker = await editorChecker();
}, 60_000);

describe('editor types from @types/node', () => {
  it('prints what the editor downloads for them', () => {
    const libs = readNodeTypeLibs();
    const text = libs.map((l) => l.text).join('\n');
    console.log(`@types/node + undici-types for the editor: ${libs.length} files, ${Buffer.byteLength(text)} bytes, ${gzipSync(text).length} bytes gzip`);
    expect(libs.some((l) => l.uri.endsWith('/readline.d.ts'))).toBe(true);
    expect(libs.some((l) => l.uri.includes('/ts5.'))).toBe(false);
  });

  it('know node:readline, node:http, node:net and node:stream', { timeout: 60_000 }, async () => {
    const main = `import { createInterface } from 'node:readline';
import { createServer } from 'node:http';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { cpus } from 'node:os';
const rl = createInterface({ input: Readable.from(['a\\n', 'b\\n']) });
for await (const line of rl) console.log(line.toUpperCase(), cpus().length);
const server = createServer((req, res) => res.end(req.url));
server.close();
new Socket().destroy();
console.log(process.cpuUsage().user, performance.now());
`;
    expect((await checker.check({ 'main.ts': main })).map(showDiagnostic)).toEqual([]);
  });

  for (const [name, files] of Object.entries(samples)) {
    it(`accept ${name}`, { timeout: 60_000 }, async () => {
      expect((await checker.check(files)).map(showDiagnostic)).toEqual([]);
    });
  }

  for (const [name, { files, codes, why }] of Object.entries(negatives)) {
    it(`reject ${name}`, { timeout: 60_000 }, async () => {
      const diagnostics = await checker.check(files);
      expect(diagnostics.length, why).toBeGreaterThan(0);
      expect(codes, diagnostics.map(showDiagnostic).join('\n')).toContain(diagnostics[0]?.code);
    });
  }

  it('still underline real mistakes: a wrong export, a wrong argument, an unknown module', { timeout: 60_000 }, async () => {
    const codes = async (main: string) => (await checker.check({ 'main.ts': main })).map((d) => d.code);
    expect(await codes(`import { createInterfaces } from 'node:readline';\n`)).toContain(2724);
    expect(await codes(`import { setTimeout as sleep } from 'node:timers/promises';\nawait sleep('soon');\n`)).toContain(2345);
    expect(await codes(`import x from 'node:nope';\nconsole.log(x);\n`)).toContain(2307);
  });

  it("show the API's documentation on hover", { timeout: 60_000 }, async () => {
    const main = `import { createInterface } from 'node:readline';\ncreateInterface({ input: process.stdin });\n`;
    expect(await checker.hover({ 'main.ts': main }, 'main.ts', main.indexOf('createInterface({'))).toMatch(/readline\.Interface/);
  });
});

describe("the editor's compiler options in Monaco 0.57's TypeScript", () => {
  const MONACO_TS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/monaco-editor/esm/vs/languages/features/typescript');
  let monacoTs: typeof ts;
  beforeAll(async () => {
    const services = (await import(/* @vite-ignore */ pathToFileURL(join(MONACO_TS_DIR, 'lib/typescriptServices.js')).href)) as { typescript: typeof ts };
    monacoTs = services.typescript;
  }, 60_000);

  it('bundles TypeScript 5.9, which knows erasableSyntaxOnly (option and diagnostic 1294)', () => {
    const source = readFileSync(join(MONACO_TS_DIR, 'lib/typescriptServices.js'), 'utf8');
    expect(monacoTs.versionMajorMinor).toBe('5.9');
    expect(source.includes('name: "erasableSyntaxOnly"')).toBe(true);
    expect(/diag\(1294, 1, "This_syntax_is_not_allowed_when_erasableSyntaxOnly_is_enabled_1294"/.test(source)).toBe(true);
  });

  it('uses the numeric enum values of the editor options', () => {
    expect(monacoTs.ScriptTarget.ESNext).toBe(LEARNER_COMPILER_OPTIONS.target);
    expect(monacoTs.ModuleKind.ESNext).toBe(LEARNER_COMPILER_OPTIONS.module);
    expect(monacoTs.ModuleResolutionKind.Bundler).toBe(LEARNER_COMPILER_OPTIONS.moduleResolution);
    expect(monacoTs.ModuleDetectionKind.Force).toBe(LEARNER_COMPILER_OPTIONS.moduleDetection);
    expect(ts.ModuleResolutionKind.Bundler).toBe(LEARNER_COMPILER_OPTIONS.moduleResolution);
    // Monaco's public d.ts only knows the old members (so the editor has to pass plain numbers).
    const publicTypes = readFileSync(join(MONACO_TS_DIR, 'register.d.ts'), 'utf8');
    expect(publicTypes).toMatch(/enum ScriptTarget \{[^}]*ESNext = 99/);
    expect(publicTypes).not.toMatch(/Bundler = 100/);
  });
});

describe('every lesson in content/', async () => {
  for (const id of await lessonIds(CONTENT_DIR)) {
    it(`${id}: its reference solution shows no error in the editor`, { timeout: 60_000 }, async () => {
      const lesson = await loadLesson(id);
      expect((await checker.check(solutionFiles(lesson))).map(showDiagnostic)).toEqual([]);
    });
  }
});
