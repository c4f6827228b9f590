/**
 * The observing half of the learner preload (learner-preload.ts appends it), as JavaScript source:
 * it runs first in every process and worker thread of a run, before the learner's code.
 *
 * It records, on the run's clock: every stdout/stderr write (text and time of the call), processes
 * started through child_process (and their exits), workers created (and their exits), messages
 * posted to a parent, timers of 20 ms or more, when the entry module finished, and CPU time per
 * process and per thread at exit. It passes itself on: every child gets the settings and (through
 * NODE_OPTIONS) the preload, whatever `env` the program gives it; every worker gets the settings.
 *
 * Records go to a file with synchronous appends (so nothing is lost at `process.exit()`), each
 * signed with an HMAC of the run's secret, which this code keeps in a closure after deleting it from
 * `process.env`. Learner code that reads its own memory or `/proc/self/environ` could still find
 * it: see README, "What the runtime observes". Written without template literals or backslashes
 * so it can live in a string.
 */
import { OBSERVE_ENV } from '../run-contract/observation/records.ts';

export const OBSERVER_PRELOAD = String.raw`
(() => {
  const KEY = ${JSON.stringify(OBSERVE_ENV)};
  const raw = process.env[KEY];
  if (!raw) return;
  delete process.env[KEY];
  let cfg;
  try { cfg = JSON.parse(raw); } catch { return; }
  if (!cfg || typeof cfg.s !== 'string' || typeof cfg.f !== 'string' || typeof process.getBuiltinModule !== 'function') return;
  const fs = process.getBuiltinModule('node:fs');
  const crypto = process.getBuiltinModule('node:crypto');
  const wt = process.getBuiltinModule('node:worker_threads');
  const cp = process.getBuiltinModule('node:child_process');
  const mod = process.getBuiltinModule('node:module');
  const timers = process.getBuiltinModule('node:timers');
  const timersP = process.getBuiltinModule('node:timers/promises');
  const url = process.getBuiltinModule('node:url');
  const hr = process.hrtime.bigint;
  const epoch = cfg.e ? BigInt(cfg.e) : hr();
  cfg.e = String(epoch);
  const passOn = JSON.stringify(cfg);
  const secret = cfg.s;
  const file = cfg.f;
  cfg = null;
  const pid = process.pid;
  const thread = wt.threadId;
  const now = () => Math.round(Number(hr() - epoch) / 1000) / 1000;
  let fd = -1;
  try { fd = fs.openSync(file, 'a'); } catch { return; }
  const writeSync = fs.writeSync;
  const stringify = JSON.stringify;
  const MAX = 10000;
  let count = 0;
  function emit(rec) {
    if (count > MAX) return;
    count++;
    if (count > MAX) rec = { k: 'cap' };
    rec.pid = pid; rec.thread = thread; if (rec.t === undefined) rec.t = now();
    try {
      const json = stringify(rec);
      const mac = crypto.createHmac('sha256', secret).update(json).digest('hex').slice(0, 32);
      writeSync(fd, mac + ' ' + json + '\n');
    } catch {}
  }

  // Output: stamp each write where it is made. A parent thread relaying a worker's output is not a
  // new write: the worker stamped it already (see the Worker wrapper below).
  let relaying = 0;
  for (const [stream, fdNo] of [[process.stdout, 1], [process.stderr, 2]]) {
    if (!stream || typeof stream.write !== 'function') continue;
    const original = stream.write;
    stream.write = function (chunk, ...rest) {
      if (relaying === 0) {
        const t = now();
        let text = typeof chunk === 'string' ? chunk : (chunk instanceof Uint8Array ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8') : '');
        const n = text.length;
        const rec = { k: 'w', fd: fdNo, t, x: n > 4096 ? text.slice(0, 4096) : text };
        if (n > 4096) rec.n = n;
        emit(rec);
      }
      return original.call(this, chunk, ...rest);
    };
  }

  emit({ k: 'start', ppid: process.ppid, main: wt.isMainThread });

  // Children: every child_process function ends in ChildProcess.prototype.spawn (async) or in
  // spawnSync; both get the settings and the preload, and report the child's pid and exit.
  const self = import.meta.url;
  const importFlag = '--import=' + self;
  function withObserver(nodeOptions) {
    const current = typeof nodeOptions === 'string' ? nodeOptions : '';
    return current.includes(importFlag) ? current : (current ? current + ' ' : '') + importFlag;
  }
  let how = null;
  const proto = cp.ChildProcess && cp.ChildProcess.prototype;
  if (proto && typeof proto.spawn === 'function') {
    const spawnChild = proto.spawn;
    proto.spawn = function (options) {
      const kind = how || 'spawn';
      how = null;
      try {
        if (options && Array.isArray(options.envPairs)) {
          const pairs = options.envPairs.filter((p) => !String(p).startsWith(KEY + '=') && !String(p).startsWith('NODE_OPTIONS='));
          const old = options.envPairs.find((p) => String(p).startsWith('NODE_OPTIONS='));
          const args = Array.isArray(options.args) ? options.args : [];
          const hasFlag = args.some((a) => a === importFlag);
          const nodeOptions = old ? String(old).slice('NODE_OPTIONS='.length) : '';
          pairs.push(KEY + '=' + passOn);
          pairs.push('NODE_OPTIONS=' + (hasFlag ? nodeOptions : withObserver(nodeOptions)));
          if (pairs[pairs.length - 1] === 'NODE_OPTIONS=') pairs.pop();
          options.envPairs = pairs;
        }
      } catch {}
      const result = spawnChild.call(this, options);
      const child = this.pid;
      if (typeof child === 'number') {
        emit({ k: 'child', child, how: kind, file: String((options && options.file) || '') });
        this.once('exit', (code, signal) => emit({ k: 'child-exit', child, code, signal }));
      }
      return result;
    };
    for (const name of ['fork', 'exec', 'execFile', 'spawn']) {
      const original = cp[name];
      if (typeof original !== 'function') continue;
      cp[name] = function (...args) {
        if (how === null) how = name;
        try { return original.apply(this, args); } finally { how = null; }
      };
    }
  }
  for (const name of ['spawnSync', 'execSync', 'execFileSync']) {
    const original = cp[name];
    if (typeof original !== 'function') continue;
    cp[name] = function (file, a, b) {
      // execSync(command, options?); the others (file, args?, options?).
      const withArgs = name !== 'execSync' && Array.isArray(a);
      const options = Object.assign({}, (withArgs ? b : a) || {});
      const env = Object.assign({}, options.env || process.env);
      env[KEY] = passOn;
      env.NODE_OPTIONS = withObserver(env.NODE_OPTIONS);
      options.env = env;
      emit({ k: 'child', child: -1, how: name, file: String(file) });
      return name === 'execSync' ? original.call(this, file, options) : original.call(this, file, withArgs ? a : [], options);
    };
  }

  // Workers: pass the settings on (their process.env is a copy of ours, which no longer has them),
  // report their start and exit, and mark the parent's relaying of their output.
  if (typeof wt.Worker === 'function') {
    const Base = wt.Worker;
    class Worker extends Base {
      constructor(file, options) {
        const o = Object.assign({}, options || {});
        if (o.env !== wt.SHARE_ENV) {
          const env = Object.assign({}, o.env && typeof o.env === 'object' ? o.env : process.env);
          env[KEY] = passOn;
          o.env = env;
        }
        super(file, o);
        const child = this.threadId;
        emit({ k: 'worker', child });
        this.once('exit', (code) => emit({ k: 'worker-exit', child, code }));
        if (!o.stdout && this.stdout) {
          this.stdout.prependListener('data', () => { relaying++; });
          this.stdout.on('data', () => { relaying--; });
        }
        if (!o.stderr && this.stderr) {
          this.stderr.prependListener('data', () => { relaying++; });
          this.stderr.on('data', () => { relaying--; });
        }
      }
    }
    Object.defineProperty(Worker, 'name', { value: 'Worker' });
    wt.Worker = Worker;
  }
  if (wt.parentPort && typeof wt.parentPort.postMessage === 'function') {
    const port = wt.parentPort;
    const post = port.postMessage;
    port.postMessage = function (...args) { emit({ k: 'post' }); return post.apply(this, args); };
  }
  if (typeof process.send === 'function') {
    const send = process.send;
    process.send = function (...args) { emit({ k: 'post' }); return send.apply(this, args); };
  }

  // Timers: waits of 20 ms or more, when set and when they fire.
  let timerId = 0;
  const setT = timers.setTimeout;
  const wrapped = function setTimeout(callback, ms, ...args) {
    const delay = Number(ms);
    if (typeof callback !== 'function' || !(delay >= 20)) return setT(callback, ms, ...args);
    const id = ++timerId;
    emit({ k: 'timer', id, ms: delay });
    return setT(function (...a) { emit({ k: 'fire', id }); return callback.apply(this, a); }, ms, ...args);
  };
  const setTP = timersP.setTimeout;
  const wrappedP = function setTimeout(ms, ...args) {
    const delay = Number(ms);
    const promise = setTP(ms, ...args);
    if (!(delay >= 20)) return promise;
    const id = ++timerId;
    emit({ k: 'timer', id, ms: delay });
    return promise.then((v) => { emit({ k: 'fire', id }); return v; });
  };
  // util.promisify(setTimeout) must keep giving the promise version, now the observed one.
  const custom = Symbol.for('nodejs.util.promisify.custom');
  Object.defineProperty(wrapped, custom, { value: wrappedP, configurable: true });
  timers.setTimeout = wrapped;
  globalThis.setTimeout = wrapped;
  timersP.setTimeout = wrappedP;
  try { mod.syncBuiltinESMExports(); } catch {}

  // The entry module's end (after its top-level awaits): one line appended to its source.
  if (wt.isMainThread && process.argv[1] && typeof mod.registerHooks === 'function') {
    const mark = Symbol.for('course.mainDone');
    let done = false;
    Object.defineProperty(globalThis, mark, { value: () => { if (!done) { done = true; emit({ k: 'main-done' }); } } });
    let entry = '';
    try { entry = url.pathToFileURL(process.argv[1]).href; } catch {}
    try {
      mod.registerHooks({
        load(u, context, next) {
          const result = next(u, context);
          if (u === entry && result && result.source != null && typeof result.format === 'string' && result.format.startsWith('module')) {
            result.source = String(result.source) + '\n;globalThis[Symbol.for("course.mainDone")]?.();\n';
          }
          return result;
        },
      });
    } catch {}
  }

  process.on('exit', (code) => {
    if (wt.isMainThread) {
      const t = process.threadCpuUsage ? process.threadCpuUsage() : undefined;
      emit({ k: 'exit', code, cpu: process.cpuUsage(), tcpu: t });
    } else {
      emit({ k: 'end', tcpu: process.threadCpuUsage ? process.threadCpuUsage() : undefined });
    }
  });
})();
`;
