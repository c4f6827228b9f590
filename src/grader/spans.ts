import type { GradedLine, RunView } from './types.ts';

/** What runs a task. The timeline colours lanes by it; messages name it. */
export type TaskKind = 'process' | 'thread' | 'coroutine';

export interface TaskPatterns {
  /** Matches a task's start line. The named group `task` names the task; other groups become fields. */
  start: RegExp;
  /** Matches a task's end line, with the same `task` group. */
  end: RegExp;
  kind: TaskKind;
}

/** A task's life as the program reported it: from its start line to its end line. */
export interface TaskSpan {
  task: string;
  kind: TaskKind;
  start: GradedLine;
  /** null when the task never printed its end line (crashed, killed, or never awaited). */
  end: GradedLine | null;
  /** Named groups captured on the start and end lines (start line wins on a clash), e.g. pid, thread. */
  fields: Record<string, string>;
}

function groups(match: RegExpExecArray): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Pairs each task's first start line with the first end line that follows it. Tasks come back in
 * the order they started. Lines are matched on their ANSI-free text, on stdout (or the merged stream).
 */
export function findSpans(view: RunView, patterns: TaskPatterns): TaskSpan[] {
  const spans = new Map<string, TaskSpan>();
  for (const line of view.stdout) {
    const started = patterns.start.exec(line.text);
    const startName = started?.groups?.task;
    if (started && startName !== undefined && !spans.has(startName)) {
      spans.set(startName, { task: startName, kind: patterns.kind, start: line, end: null, fields: groups(started) });
      continue;
    }
    const ended = patterns.end.exec(line.text);
    const endName = ended?.groups?.task;
    if (!ended || endName === undefined) continue;
    const span = spans.get(endName);
    if (span && span.end === null) {
      span.end = line;
      span.fields = { ...groups(ended), ...span.fields };
    }
  }
  return [...spans.values()];
}
