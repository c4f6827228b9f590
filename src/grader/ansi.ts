// CSI sequences (colours, cursor moves), OSC sequences (titles, links) and lone ESC pairs.
const ANSI_PATTERN =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;

/** Removes ANSI escape codes so checks match what the learner sees, not how the terminal colours it. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}
