/**
 * Variables every runtime sets for the learner's Node: no colours, whatever the terminal or the
 * test harness (Playwright passes FORCE_COLOR down) asks for, or ANSI codes end up in graded output.
 */
export const NO_COLOR_ENV: Readonly<Record<string, string>> = { NO_COLOR: '1', FORCE_COLOR: '0' };
