/**
 * The grader's public API for lesson authors: a lesson's `checks.ts` builds its checks from these
 * and default-exports them with `defineChecks`. See README, "Writing checks".
 */
export type { Check, CheckResult, CheckStatus, GradeReport, GradedLine, RunView, Verdict } from './types.ts';
export type { TaskKind, TaskPatterns, TaskSpan } from './spans.ts';
export { grade, type GradeOptions } from './grade.ts';
export { checkTitle, checkTitles, type CheckContext, type CheckText, type CheckTexts } from './check-texts.ts';
export { checkMessages, type CheckMessages, type Noun } from './messages/index.ts';
export { findSpans } from './spans.ts';
export { stripAnsi } from './ansi.ts';
export {
  exitsWith,
  itemsInOrder,
  noStderr,
  noUncaughtRejection,
  printsLine,
  printsLines,
  printsValue,
  type CheckOptions,
} from './checks/program.ts';
export { ratioToBaseline, type RatioOptions } from './checks/ratio.ts';
export { taskSet, type IdFieldOptions, type TaskSetOptions, type TimingOptions } from './checks/tasks.ts';
export { blindWhen, cpuTime, followsEnds, type CpuTimeOptions, type FollowsEndsOptions } from './checks/observed.ts';
export { childProcesses, cpuTime as observedCpuTime, endOf, notObserved, observedPids, observedThreadIds, workers as observedWorkers } from './observed.ts';
export type { ObservedProcess, ObservedRun, ObservedTimer, ObservedWorker, ObservedWrite } from '../run-contract/observation/records.ts';

import type { Check } from './types.ts';
import type { TaskPatterns } from './spans.ts';

export interface LessonChecks {
  checks: readonly Check[];
  /**
   * The task patterns whose spans the timeline draws after a run, if the lesson has tasks. Several
   * sets draw side by side (e.g. the same workload as processes, threads and coroutines).
   */
  timeline?: TaskPatterns | readonly TaskPatterns[];
}

/** Declares a lesson's checks; the typed entry point for `content/<lesson>/checks.ts`. */
export function defineChecks(definition: LessonChecks): LessonChecks {
  const ids = new Set<string>();
  for (const check of definition.checks) {
    if (ids.has(check.id)) throw new Error(`Two checks share the id "${check.id}": give one of them its own id option.`);
    ids.add(check.id);
  }
  return definition;
}
