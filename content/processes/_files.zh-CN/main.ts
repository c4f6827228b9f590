import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// ── 子进程的工作：等待，然后结束。代替真实的工作。 ──
async function work(name: string, seconds: number): Promise<void> {
  console.log(`process ${name} started (pid ${process.pid}), waiting ${seconds} s`);
  await sleep(seconds * 1000);
  console.log(`process ${name} finished (pid ${process.pid})`);
}

// ── Main's job: fork two children that run this same file, and wait for both. ──
async function orchestrate(): Promise<void> {
  console.log(`main: pid ${process.pid}`);
  const startedAt = performance.now();
  const a = forkSelf(['A', '2']);
  const b = forkSelf(['B', '3']);
  await Promise.all([once(a, 'exit'), once(b, 'exit')]);
  const elapsed = (performance.now() - startedAt) / 1000;
  console.log(`main: both processes done after ${elapsed.toFixed(2)} s`);
}

// A safety net for this exercise, not part of the answer: a grandchild of main refuses to fork,
// so a file without a working role switch stops after three generations instead of growing forever.
const generation = Number(process.env.FORK_GENERATION ?? '0');
function forkSelf(args: string[]): ChildProcess {
  if (generation >= 2) {
    console.log(`fork storm: pid ${process.pid} is main's grandchild and wanted to fork again; stopped`);
    process.exit(1);
  }
  const env = { ...process.env, FORK_GENERATION: String(generation + 1) };
  return fork(new URL(import.meta.url), args, { env });
}

// TODO: fork() runs this whole file again, from the first line, in every child. Right now every
// copy takes main's role, so each child forks children of its own: a fork storm.
// Decide here which role this copy plays. Main orchestrates; a child does only its own job, with
// the name and the seconds that main gave it.
await orchestrate();
