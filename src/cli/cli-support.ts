/** Shared by the command-line entry points: usage errors, option parsing, clean exits. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { terminalSafe } from './terminal-text.ts';

/** Bad usage or bad input: printed on stderr, exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function parse<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

/** A positive whole number option, e.g. `--jobs 4`. */
export function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number of at least 1 (got ${JSON.stringify(value)}).`);
  return n;
}

/**
 * Ctrl+C and `kill`: exit through process.exit so the runner's exit hooks kill every program still
 * running and remove its folder.
 */
function exitCleanlyOnSignals(onSignal?: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      onSignal?.();
      process.exit(130);
    });
  }
}

/**
 * Writes to stdout and waits until it is flushed (a pipe may be slow; process.exit would cut it).
 * Control characters from submissions are escaped on the way (terminal-text.ts).
 */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') resolve();
    else process.stdout.write(terminalSafe(text), () => resolve());
  });
}

/** A progress or error line on stderr, control characters escaped. */
export function writeErr(text: string): void {
  process.stderr.write(terminalSafe(text));
}

/**
 * The entry point of a command: runs `main`, turns bad usage or input (UsageError and the given
 * error classes) into its message and exit code 2, any other error into its stack and exit code 2.
 */
export async function runCommand(
  name: string,
  main: (argv: string[]) => Promise<number>,
  options: { inputErrors?: (new (...args: never[]) => Error)[]; cleanup?: () => void } = {},
): Promise<void> {
  exitCleanlyOnSignals(options.cleanup);
  let code: number;
  try {
    code = await main(process.argv.slice(2));
  } catch (error) {
    const expected = error instanceof UsageError || (options.inputErrors ?? []).some((kind) => error instanceof kind);
    writeErr(expected ? `${(error as Error).message}\n` : `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    code = EXIT.usage;
  }
  options.cleanup?.();
  process.exitCode = code;
}
