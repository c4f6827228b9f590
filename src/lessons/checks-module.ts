// Kept apart from lesson.ts so the page's lazy checks loader imports no YAML or zod.
import type { LessonChecks } from '../grader/index.ts';
import { LessonError } from './messages.ts';

/** The default export of checks.ts, validated: defineChecks({ checks: [...] }) with at least one check. */
export function checkChecksModule(where: string, mod: { default?: unknown }): LessonChecks {
  const checks = mod.default as LessonChecks | undefined;
  if (!checks || typeof checks !== 'object' || !Array.isArray(checks.checks) || checks.checks.length === 0) {
    throw new LessonError(`${where}/checks.ts: its default export must be defineChecks({ checks: [...] }) with at least one check.`);
  }
  return checks;
}

export const CHECKS_MISSING = (where: string) => `${where}/checks.ts is missing: every lesson declares its checks there (see README, "Adding a lesson").`;
