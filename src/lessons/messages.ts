/**
 * The one set of messages for a broken lesson or course file, shared by the site build, the dev
 * server's page and the command-line tools.
 */

/** A broken lesson or course file: the CLI prints the message and exits with code 2; the site fails its build. */
export class LessonError extends Error {
  override name = 'LessonError';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known name closest to `key` (case differences count little), or null when none is close. */
export function closest(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const name of known) {
    const score = name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), name.toLowerCase());
    if (score < bestScore) [best, bestScore] = [name, score];
  }
  return best !== null && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

export function unknownKeyMessage(keys: readonly PropertyKey[], known: readonly string[]): string {
  return keys
    .map(String)
    .map((key) => {
      const near = closest(key, known);
      return `unknown field "${key}"${near ? `: did you mean ${near}?` : ` (known fields: ${known.join(', ')})`}`;
    })
    .join('; ');
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Zod issues as one line: `<where>: field "x": problem; field "y": problem.` */
export function describeIssues(where: string, issues: readonly Issue[]): string {
  const problems = issues.map((issue) => {
    if (issue.message.startsWith('unknown field')) return issue.message;
    const field = issue.path.length > 0 ? `field "${issue.path.map(String).join('.')}"` : 'frontmatter';
    return `${field}: ${issue.message}`;
  });
  const text = problems.join('; ');
  return `${where}: ${text}${/[.?!]$/.test(text) ? '' : '.'}`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
