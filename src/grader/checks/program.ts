import { REJECTION_MARKER } from '../../run-contract/rejection-marker.ts';
import { lineShape, quote } from '../format.ts';
import { en, type CheckMessages } from '../messages/index.ts';
import type { Check, GradedLine } from '../types.ts';

export interface CheckOptions {
  id?: string;
  title?: string;
  /**
   * Appended to the failure message of the cause the check is about (a wrong value, a wrong order,
   * a crash of the lesson's kind), never to a missing line or an unrelated mistake: the lesson's own
   * advice on what to change.
   */
  hint?: string;
  /**
   * How a matching line reads, in words for messages, e.g. “main: done in … ms”. By default it is
   * derived from the pattern (see format.ts `lineShape`); messages never show a regular expression.
   */
  line?: string;
}

/** The expected line as the learner reads it. */
function shapeOf(pattern: RegExp, options: { line?: string }): string {
  return options.line ?? lineShape(pattern);
}

/** The message for a line nobody printed: what it should look like, and to keep it as the starter has it. */
export function noLine(pattern: RegExp, options: { line?: string }, t: CheckMessages = en): string {
  return t.noLine(shapeOf(pattern, options));
}

/**
 * The literal text a pattern's lines begin with (`/^main: the counter reads (?<value>\d+)$/` →
 * "main: the counter reads "), to recognise a line that was printed with a value in the wrong form.
 */
function literalPrefix(pattern: RegExp): string {
  const source = pattern.source;
  if (!source.startsWith('^')) return '';
  let out = '';
  for (let i = 1; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[dwsbDWSB]/.test(next)) break;
      out += next;
      i += 1;
    } else if ('()[]{}.*+?|$^'.includes(c)) {
      // A quantifier makes the character before it optional or repeated: not literal.
      if ('*+?{'.includes(c)) out = out.slice(0, -1);
      break;
    } else out += c;
  }
  return out;
}

export function withHint(message: string, hint: string | undefined): string {
  if (!hint) return message;
  // Chinese sentences follow each other without a space.
  return /[。！？）]$/.test(message) ? `${message}${hint}` : `${message} ${hint}`;
}

/**
 * The line that best says why a program crashed: the error line itself ("TypeError: …"), not
 * Node's trailer ("Node.js v24…") or a blank line after the stack.
 */
function mostTelling(lines: readonly GradedLine[]): GradedLine | undefined {
  const error = lines.find((l) => TELLING.test(l.text));
  // Never a caret line (Node's pointer under the code it quotes) or Node's version trailer.
  return error ?? lines.filter((l) => l.text.trim() !== '' && !/^\s*[\^~]+\s*$/.test(l.text) && !/^Node\.js v\d/.test(l.text)).at(-1);
}

const TELLING = /^(\[course\] |Warning: Detected unsettled top-level await|(?:[A-Z]\w*?)?(?:Error|Exception|Rejection)\b)/;

/** Errors in the code itself (a typo, a wrong call), not in its concurrency: the lesson's hint does not apply. */
const CODE_MISTAKE = /^(SyntaxError|ReferenceError|TypeError|RangeError)\b|ERR_(UNSUPPORTED_TYPESCRIPT_SYNTAX|INVALID_TYPESCRIPT_SYNTAX|MODULE_NOT_FOUND|UNKNOWN_FILE_EXTENSION)/;

/** The program ran to its end by itself, with the expected exit code (0 by default). */
export function exitsWith(code = 0, options: CheckOptions = {}): Check {
  return {
    id: options.id ?? 'exit-code',
    title: options.title ?? en.exitTitle(code),
    ...(options.title === undefined && { defaultTitle: (t: CheckMessages) => t.exitTitle(code) }),
    hint: options.hint,
    evaluate({ run, stderr, merged, lines }, { t, hint }) {
      const { exit } = run;
      if (exit.reason !== 'exited' && exit.reason !== 'orphans') {
        return { status: 'fail', message: exit.message ?? t.stopped(exit.reason) };
      }
      if (exit.code === code) return { status: 'pass', message: t.exited(code) };
      const evidence = mostTelling(merged ? lines : stderr);
      const head = t.exitedInstead(exit.code === null ? t.signal(String(exit.signal)) : String(exit.code), code, evidence ? quote(evidence.text, 160) : null);
      // Advice keyed to the cause: a stuck top-level await, a mistake in the code, or the lesson's own kind of failure.
      if (exit.code === 13) return { status: 'fail', message: withHint(head, t.exit13) };
      if (evidence && CODE_MISTAKE.test(evidence.text)) return { status: 'fail', message: withHint(head, t.codeMistake) };
      return { status: 'fail', message: withHint(head, hint(options.hint) ?? t.readTheError) };
    },
  };
}

/** Nothing was written to stderr: no warnings, no errors, no unhandled rejections. */
export function noStderr(options: CheckOptions = {}): Check {
  return {
    id: options.id ?? 'no-stderr',
    title: options.title ?? en.noStderrTitle,
    ...(options.title === undefined && { defaultTitle: (t: CheckMessages) => t.noStderrTitle }),
    hint: options.hint,
    evaluate({ stderr, merged }, { t, hint }) {
      if (merged) return { status: 'undecided', message: t.stderrMerged };
      const first = stderr[0];
      if (!first) return { status: 'pass', message: t.stderrEmpty };
      return { status: 'fail', message: withHint(t.stderrLines(stderr.length, quote(first.text, 160)), hint(options.hint)) };
    },
  };
}

/** Some line of output matches the pattern. */
export function printsLine(pattern: RegExp, options: CheckOptions & { title: string }): Check {
  return {
    id: options.id ?? 'prints-line',
    title: options.title,
    hint: options.hint,
    evaluate({ stdout }, { t, hint }) {
      const line = stdout.find((l) => pattern.test(l.text));
      if (line) return { status: 'pass', message: t.found(quote(line.text)) };
      return { status: 'fail', message: withHint(noLine(pattern, options, t), hint(options.hint)) };
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
    title: options.title ?? en.noRejectionTitle,
    ...(options.title === undefined && { defaultTitle: (t: CheckMessages) => t.noRejectionTitle }),
    hint: options.hint,
    evaluate({ lines }, { t, hint }) {
      const line = lines.find((l) => l.text.startsWith(REJECTION_MARKER) || l.text.startsWith('UnhandledPromiseRejection'));
      if (!line) return { status: 'pass', message: t.allCaught };
      const reason = line.text.startsWith(REJECTION_MARKER) ? line.text.slice(REJECTION_MARKER.length).trim() : line.text;
      return { status: 'fail', message: withHint(t.uncaught(quote(reason, 120)), hint(options.hint)) };
    },
  };
}

/**
 * Lines matching each pattern appear, in this order when `inOrder` (other lines may come between).
 * To check a value a line carries, use `printsValue` with a named group.
 */
export function printsLines(
  patterns: readonly RegExp[],
  options: CheckOptions & { title: string; inOrder?: boolean; lines?: readonly string[] },
): Check {
  return {
    id: options.id ?? 'prints-lines',
    title: options.title,
    hint: options.hint,
    evaluate({ stdout }, { t, hint }) {
      let from = 0;
      let previous: string | undefined;
      for (const [n, pattern] of patterns.entries()) {
        const shape = shapeOf(pattern, { line: options.lines?.[n] });
        const index = stdout.findIndex((l, i) => (options.inOrder ? i >= from : true) && pattern.test(l.text));
        if (index < 0) {
          const early = options.inOrder ? stdout.find((l) => pattern.test(l.text)) : undefined;
          if (early) return { status: 'fail', message: withHint(t.tooEarly(quote(early.text), previous), hint(options.hint)) };
          return { status: 'fail', message: noLine(pattern, { line: shape }, t) };
        }
        previous = shape;
        from = index + 1;
      }
      return { status: 'pass', message: t.allLines(patterns.length, options.inOrder === true) };
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
    hint: options.hint,
    describe: options.describe,
    evaluate({ stdout }, { t, hint, describe }) {
      for (const line of stdout) {
        const value = pattern.exec(line.text)?.groups?.value;
        if (value === undefined) continue;
        const ok = typeof expected === 'string' ? value === expected : expected(value);
        if (ok) return { status: 'pass', message: t.printedValue(quote(value)) };
        const wanted = typeof expected === 'string' ? quote(expected) : options.describe !== undefined ? describe(options.describe) : t.aDifferentValue;
        return { status: 'fail', message: withHint(t.wrongValue(quote(value), wanted), hint(options.hint)) };
      }
      // The line may be there with a value of the wrong form (e.g. "undefined" where a number goes).
      const prefix = literalPrefix(pattern);
      const near = prefix.length >= 4 ? stdout.find((l) => l.text.startsWith(prefix)) : undefined;
      if (near) {
        const form = /\(\?<value>-?\??\\d/.test(pattern.source) ? t.aNumber : t.inTheForm(shapeOf(pattern, options));
        return { status: 'fail', message: t.valueNotSet(quote(near.text), quote(prefix.trim()), form) };
      }
      return { status: 'fail', message: noLine(pattern, options, t) };
    },
  };
}

/** Lines matching `pattern` name items (group `item`) in exactly the expected order: results in input order. */
export function itemsInOrder(pattern: RegExp, expected: readonly string[], options: CheckOptions & { title: string }): Check {
  return {
    id: options.id ?? 'items-in-order',
    title: options.title,
    hint: options.hint,
    evaluate({ stdout }, { t, hint }) {
      const seen = stdout.map((l) => pattern.exec(l.text)?.groups?.item).filter((v): v is string => v !== undefined);
      const same = seen.length === expected.length && seen.every((v, i) => v === expected[i]);
      if (same) return { status: 'pass', message: t.printedInOrder(t.list(seen)) };
      if (seen.length === 0) return { status: 'fail', message: noLine(pattern, options, t) };
      return { status: 'fail', message: withHint(t.printedOtherOrder(t.list(seen), t.list(expected)), hint(options.hint)) };
    },
  };
}
