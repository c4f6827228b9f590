/**
 * What the container's Node can do, found out once per page by running it (never assumed):
 * its version, and how to make it run the lesson's `.ts` files unchanged with our preload.
 *
 * Node >= 22.18 strips types by default; 22.6–22.17 need `--experimental-strip-types`; some print an
 * ExperimentalWarning about it, which would land in the graded output, so it is silenced with
 * `--disable-warning=ExperimentalWarning` (Node >= 20.11). The first set of flags whose probe prints
 * exactly our marker wins. Every flag reaches `fork()`ed children and workers through execArgv, so
 * `fork('./child.ts')` and `new Worker(new URL('./worker.ts', import.meta.url))` behave the same.
 */
import type { Container } from './api.ts';
import { PROBE_JS, PROBE_MARKER, PROBE_TS, preloadPath } from './base-files.ts';
import { NO_COLOR_ENV } from '../../run-contract/learner-env.ts';
import { sleep } from '../../run-contract/sleep.ts';
import { errorText, withDeadline } from './deadline.ts';
import { problems, type Problem } from './messages.ts';

const TYPESCRIPT_FLAG_CANDIDATES: readonly (readonly string[])[] = [
  [],
  ['--disable-warning=ExperimentalWarning'],
  ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'],
];

export type NodeSetup =
  | { ok: true; version: string; flags: readonly string[] }
  | { ok: false; version: string; problem: Problem };

export interface Captured {
  code: number | null;
  text: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** The non-empty lines of some terminal output, without ANSI codes. */
export function outputLines(text: string): string[] {
  return text
    .replace(ANSI, '')
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Runs a command to its end (bounded) and returns everything it printed. */
async function capture(container: Container, command: string, args: string[], timeoutMs: number): Promise<Captured> {
  const child = await withDeadline(container.spawn(command, args, { env: NO_COLOR_ENV }), timeoutMs, `starting ${command}`);
  let text = '';
  const reader = child.output.getReader();
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += value;
    }
  })().catch(() => {});
  try {
    const code = await withDeadline(child.exit, timeoutMs, `${command} ${args.join(' ')}`);
    // The last chunk may trail the exit a little.
    await Promise.race([reading, sleep(100)]);
    return { code, text };
  } catch (error) {
    child.kill();
    throw error;
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** Whether a probe run printed exactly the marker (no warning, no error) and exited 0. */
export function probePassed(result: Captured): boolean {
  const lines = outputLines(result.text);
  return result.code === 0 && lines.length === 1 && lines[0] === PROBE_MARKER;
}

export async function probeNode(container: Container, timeoutMs: number): Promise<NodeSetup> {
  const versionRun = await capture(container, 'node', ['--version'], timeoutMs);
  const version = outputLines(versionRun.text).find((line) => /^v\d+\.\d+\.\d+/.test(line)) ?? 'of an unknown version';
  const preload = `--import=${preloadPath(container.workdir)}`;
  for (const flags of TYPESCRIPT_FLAG_CANDIDATES) {
    const result = await capture(container, 'node', [...flags, preload, '--', PROBE_TS], timeoutMs);
    if (probePassed(result)) return { ok: true, version, flags };
  }
  // No set of flags ran the .ts probe: tell apart "cannot strip types" from "cannot preload".
  let plain: Captured;
  try {
    plain = await capture(container, 'node', [preload, '--', PROBE_JS], timeoutMs);
  } catch (error) {
    return { ok: false, version, problem: problems.setupFailed(errorText(error)) };
  }
  return probePassed(plain)
    ? { ok: false, version, problem: problems.nodeCannotRunTypeScript(version) }
    : { ok: false, version, problem: problems.nodeCannotImport(version) };
}
