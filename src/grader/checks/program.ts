import { quote } from '../format.ts';
import type { Check } from '../types.ts';

export interface CheckOptions {
  id?: string;
  title?: string;
  /** Appended to the failure message: the lesson's own advice on what to change. */
  hint?: string;
}

export function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message} ${hint}` : message;
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
      const evidence = (merged ? lines : stderr).slice(-1)[0];
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
