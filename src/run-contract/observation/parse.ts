/**
 * Turns the record file into the `observed` part of a captured run: checks every record's MAC
 * (a line without a valid one is counted in `rejected` and otherwise ignored), then folds the
 * records into processes, workers, writes and timers. Web Crypto only, so it runs in the page
 * (WebContainer) and in Node alike.
 */
import type { ObservedProcess, ObservedRun, ObservedTimer, ObservedWorker, RawRecord } from './records.ts';

/** Records are capped per process; a file larger than this is cut (its tail is lost). */
const MAX_RECORD_FILE_CHARS = 16 * 1024 * 1024;

const encoder = new TextEncoder();

async function hmacKey(secret: string): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The records whose MAC is valid, in file order; `rejected` counts the others. */
async function verifiedRecords(text: string, secret: string): Promise<{ records: RawRecord[]; rejected: number }> {
  const key = await hmacKey(secret);
  const records: RawRecord[] = [];
  let rejected = 0;
  const lines = text.slice(0, MAX_RECORD_FILE_CHARS).split('\n');
  const checked = await Promise.all(
    lines.map(async (line) => {
      if (line === '') return null;
      const space = line.indexOf(' ');
      if (space !== 32) return false;
      const json = line.slice(space + 1);
      const mac = hex(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(json))).slice(0, 32);
      if (mac !== line.slice(0, 32)) return false;
      try {
        return JSON.parse(json) as RawRecord;
      } catch {
        return false;
      }
    }),
  );
  for (const record of checked) {
    if (record === null) continue;
    if (record === false) rejected++;
    else records.push(record);
  }
  return { records, rejected };
}

const cpuMs = (u: { user: number; system: number } | undefined) => (u ? Math.round((u.user + u.system) / 10) / 100 : undefined);

/** Folds verified records into what checks read. */
function foldRecords(records: readonly RawRecord[], rejected = 0): ObservedRun {
  const processes = new Map<number, ObservedProcess>();
  const workers = new Map<string, ObservedWorker>();
  const timers = new Map<string, ObservedTimer>();
  const out: ObservedRun = { processes: [], workers: [], writes: [], timers: [], truncated: false, rejected };
  const proc = (pid: number, t: number): ObservedProcess => {
    let p = processes.get(pid);
    if (!p) {
      p = { pid, ppid: null, how: processes.size === 0 ? 'main' : 'unknown', node: false, startedAt: t };
      processes.set(pid, p);
    }
    return p;
  };
  const worker = (pid: number, threadId: number, t: number): ObservedWorker => {
    const key = `${pid}:${threadId}`;
    let w = workers.get(key);
    if (!w) {
      w = { pid, threadId, parentThread: 0, startedAt: t };
      workers.set(key, w);
    }
    return w;
  };
  // Starts first: a child's own records can land in the file before its parent's "child" record.
  const sorted = [...records].sort((a, b) => a.t - b.t);
  for (const r of sorted) {
    switch (r.k) {
      case 'start':
        if (r.main) {
          const p = proc(r.pid, r.t);
          p.node = true;
          p.ppid = r.ppid;
          p.startedAt = Math.min(p.startedAt, r.t);
        } else {
          worker(r.pid, r.thread, r.t);
        }
        break;
      case 'child': {
        if (r.child < 0) break; // a synchronous child: its pid is not known, its own records tell
        const p = proc(r.child, r.t);
        p.how = r.how;
        p.ppid ??= r.pid;
        break;
      }
      case 'child-exit': {
        const p = proc(r.child, r.t);
        p.exitedAt ??= r.t;
        p.code ??= r.code;
        p.signal = r.signal;
        break;
      }
      case 'worker': {
        const w = worker(r.pid, r.child, r.t);
        w.parentThread = r.thread;
        w.startedAt = Math.min(w.startedAt, r.t);
        break;
      }
      case 'worker-exit': {
        const w = worker(r.pid, r.child, r.t);
        w.exitedAt = r.t;
        w.code = r.code;
        break;
      }
      case 'end': {
        const w = worker(r.pid, r.thread, r.t);
        const ms = cpuMs(r.tcpu);
        if (ms !== undefined) w.cpuMs = ms;
        break;
      }
      case 'exit': {
        const p = proc(r.pid, r.t);
        p.exitedAt = r.t;
        p.code = r.code;
        p.signal ??= null;
        const all = cpuMs(r.cpu);
        const main = cpuMs(r.tcpu);
        if (all !== undefined) p.cpuMs = all;
        if (main !== undefined) p.mainThreadCpuMs = main;
        break;
      }
      case 'main-done':
        proc(r.pid, r.t).mainDoneAt = r.t;
        break;
      case 'post':
        if (r.thread === 0) proc(r.pid, r.t).lastPostAt = r.t;
        else worker(r.pid, r.thread, r.t).lastPostAt = r.t;
        break;
      case 'w':
        out.writes.push({ pid: r.pid, thread: r.thread, stream: r.fd === 2 ? 'stderr' : 'stdout', t: r.t, text: r.x });
        break;
      case 'timer':
        timers.set(`${r.pid}:${r.thread}:${r.id}`, { pid: r.pid, thread: r.thread, ms: r.ms, setAt: r.t });
        break;
      case 'fire': {
        const timer = timers.get(`${r.pid}:${r.thread}:${r.id}`);
        if (timer) timer.firedAt = r.t;
        break;
      }
      case 'cap':
        out.truncated = true;
        break;
    }
  }
  out.processes = [...processes.values()];
  out.workers = [...workers.values()];
  out.timers = [...timers.values()];
  return out;
}

/** The record file's text → the run's observations. */
export async function parseObservations(text: string, secret: string): Promise<ObservedRun> {
  const { records, rejected } = await verifiedRecords(text, secret);
  return foldRecords(records, rejected);
}
