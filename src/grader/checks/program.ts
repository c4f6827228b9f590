import { REJECTION_MARKER } from '../../runtime/learner-preload.ts';
import { listWords, quote } from '../format.ts';
import type { Check, GradedLine } from '../types.ts';

export interface CheckOptions {
  id?: string;
  title?: string;
  /** Appended to the failure message: the lesson's own advice on what to change. */
  hint?: string;
}

export function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message} ${hint}` : message;
}

/**
 * The line that best says why a program crashed: the error line itself ("TypeError: …"), not
 * Node's trailer ("Node.js v24…") or a blank line after the stack.
 */
function mostTelling(lines: readonly GradedLine[]): GradedLine | undefined {
  const error = lines.find((l) => /^(\[course\] |[A-Z]\w*(Error|Exception|Rejection)\b)/.test(l.text));
  return error ?? lines.filter((l) => l.text.trim() !== '' && !/^Node\.js v\d/.test(l.text)).at(-1);
}

/** The program ran to its end by itself, with the expected exit code (0 by default). */
export function exitsWith(code = 0, options: CheckOptions = {}): Check {
  return {
    id: options.id ?? 'exit-code',
    title: options.title ?? (code === 0 ? 'The program runs to the end without an error' : `The program exits with code ${code}`),
    evaluate({ run, stderr, merged, lines }) {
      const { exit } = run;
      if (exit.reason !== 'exited' && exit.reason !== 'orphans') {
        return { status: 'fail', message: exit.message ?? `The program was stopped (${exit.reason}).` };
      }
      if (exit.code === code) return { status: 'pass', message: `It exited with code ${code}.` };
      const evidence = mostTelling(merged ? lines : stderr);
      const last = evidence ? ` The last line it printed: ${quote(evidence.text, 160)}.` : '';
      return {
        status: 'fail',
        message: withHint(`It exited with code ${exit.code ?? `signal ${exit.signal}`} instead of ${code}.${last}`, options.hint ?? 'Read the error in Output, fix it, and run again.'),
      };
    },
  };
}

/** Nothing was written to stderr: no warnings, no errors, no unhandled rejections. */
export function noStderr(options: CheckOptions = {}): Check {
  return {
    id: options.id ?? 'no-stderr',
    title: options.title ?? 'Nothing is printed on stderr',
    evaluate({ stderr, merged }) {
      if (merged) {
        return { status: 'undecided', message: 'This runtime merges stderr into stdout, so this check cannot tell them apart here.' };
      }
      const first = stderr[0];
      if (!first) return { status: 'pass', message: 'stderr stayed empty.' };
      return {
        status: 'fail',
        message: withHint(`${stderr.length} line(s) went to stderr, the first: ${quote(first.text, 160)}.`, options.hint),
      };
    },
  };
}

/** Some line of output matches the pattern. */
export function printsLine(pattern: RegExp, options: CheckOptions & { title: string }): Check {
  return {
    id: options.id ?? 'prints-line',
    title: options.title,
    evaluate({ stdout }) {
      const line = stdout.find((l) => pattern.test(l.text));
      if (line) return { status: 'pass', message: `Found ${quote(line.text)}.` };
      return { status: 'fail', message: withHint(`No line of output matched ${String(pattern)}.`, options.hint) };
    },
  };
}

/**
 * No promise rejection reached the top uncaught. The runtimes' preload names such a rejection on
 * stderr (Node prints it like any crash); Node's own wording covers rejections with a non-Error reason.
 */
export function noUncaughtRejection(options: CheckOptions = {}): Check {
  return {
    id: options.id ?? 'no-uncaught-rejection',
    title: options.title ?? 'No promise rejection goes uncaught',
    evaluate({ lines }) {
      const line = lines.find((l) => l.text.startsWith(REJECTION_MARKER) || l.text.startsWith('UnhandledPromiseRejection'));
      if (!line) return { status: 'pass', message: 'Every rejected promise was caught.' };
      const reason = line.text.startsWith(REJECTION_MARKER) ? line.text.slice(REJECTION_MARKER.length).trim() : line.text;
      return {
        status: 'fail',
        message: withHint(
          `A promise rejected with ${quote(reason, 120)} and nothing caught it, so Node ended the program with exit code 1. Either nobody awaited that promise, or the await that received it had no try/catch.`,
          options.hint,
        ),
      };
    },
  };
}

/**
 * Lines matching each pattern appear, in this order when `inOrder` (other lines may come between).
 * To check a value a line carries, use `printsValue` with a named group.
 */
export function printsLines(
  patterns: readonly RegExp[],
  options: CheckOptions & { title: string; inOrder?: boolean },
): Check {
  return {
    id: options.id ?? 'prints-lines',
    title: options.title,
    evaluate({ stdout }) {
      let from = 0;
      for (const pattern of patterns) {
        const index = stdout.findIndex((l, i) => (options.inOrder ? i >= from : true) && pattern.test(l.text));
        if (index < 0) {
          const anywhere = options.inOrder && stdout.some((l) => pattern.test(l.text));
          const problem = anywhere ? `A line matching ${String(pattern)} came too early: expected it after the previous one.` : `No line of output matched ${String(pattern)}.`;
          return { status: 'fail', message: withHint(problem, options.hint) };
        }
        from = index + 1;
      }
      return { status: 'pass', message: `All ${patterns.length} expected lines were printed${options.inOrder ? ', in order' : ''}.` };
    },
  };
}

/**
 * A value the program printed is correct: the `value` group of the first line matching `pattern`
 * must satisfy `expected` (a string to equal, or a predicate).
 */
export function printsValue(
  pattern: RegExp,
  expected: string | ((value: string) => boolean),
  options: CheckOptions & { title: string; describe?: string },
): Check {
  return {
    id: options.id ?? 'result-value',
    title: options.title,
    evaluate({ stdout }) {
      for (const line of stdout) {
        const value = pattern.exec(line.text)?.groups?.value;
        if (value === undefined) continue;
        const ok = typeof expected === 'string' ? value === expected : expected(value);
        if (ok) return { status: 'pass', message: `It printed ${quote(value)}.` };
        const wanted = typeof expected === 'string' ? quote(expected) : (options.describe ?? 'a different value');
        return { status: 'fail', message: withHint(`It printed ${quote(value)}; expected ${wanted}.`, options.hint) };
      }
      return { status: 'fail', message: withHint(`No line of output matched ${String(pattern)}.`, options.hint) };
    },
  };
}

/** Lines matching `pattern` name items (group `item`) in exactly the expected order: results in input order. */
export function itemsInOrder(pattern: RegExp, expected: readonly string[], options: CheckOptions & { title: string }): Check {
  return {
    id: options.id ?? 'items-in-order',
    title: options.title,
    evaluate({ stdout }) {
      const seen = stdout.map((l) => pattern.exec(l.text)?.groups?.item).filter((v): v is string => v !== undefined);
      const same = seen.length === expected.length && seen.every((v, i) => v === expected[i]);
      if (same) return { status: 'pass', message: `Printed in order: ${listWords(seen)}.` };
      if (seen.length === 0) return { status: 'fail', message: withHint(`No line of output matched ${String(pattern)}.`, options.hint) };
      return { status: 'fail', message: withHint(`Printed ${listWords(seen)}; expected ${listWords(expected)}.`, options.hint) };
    },
  };
}
