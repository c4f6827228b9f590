/**
 * One lesson page's state, in one small store: the learner's files and which one is shown, whether
 * saving works, the run and the verdict. No DOM: views subscribe and draw (src/client/views/), the
 * run controller (lesson-run.ts) and the editor feed it. Every change is saved as it happens, so a
 * reload never loses an edit.
 */
import type { ExitEvent, FileMap, RunEvent } from '../run-contract/events.ts';
import type { GradedLesson } from '../grader/grade-lesson.ts';
import type { SavedWork } from './saved-files.ts';

/** What the page shows of a graded run (gradeOnPage in grading.ts computes it). */
export type Graded = Pick<GradedLesson, 'verdict' | 'report' | 'timeline' | 'lineAt' | 'firstLineT'>;

export type NoteTone = 'info' | 'warn' | 'bad';

type RunState =
  | { phase: 'idle' }
  | { phase: 'running' }
  /** `exit` is null only when a runtime ended its events without saying how the program ended. */
  | { phase: 'ended'; exit: ExitEvent | null };

type VerdictState =
  /** No run yet on this page: the checks wait for one. */
  | { phase: 'none' }
  /** A run is going, or being graded. */
  | { phase: 'waiting' }
  | { phase: 'graded'; graded: Graded }
  /** The run was stopped or could not start (nothing to grade), or the checks themselves failed. */
  | { phase: 'not-graded'; why: 'stopped' | 'error' } | { phase: 'not-graded'; why: 'checks-failed'; detail: string };

export interface LessonState {
  readonly files: FileMap;
  /** The file whose tab is selected. */
  readonly active: string;
  /** The saved edits were made on an older starter (said once, when the page opens). */
  readonly starterChanged: boolean;
  /** Why saving fails now; null while it works. */
  readonly saveProblem: string | null;
  readonly run: RunState;
  readonly verdict: VerdictState;
}

export type LessonChange =
  /** The learner typed into one file (the editor or preview that sent it already shows it). */
  | { type: 'edited'; path: string }
  /** Every file at once (Reset, solution, import, back to my version): views show the new text. */
  | { type: 'replaced' }
  | { type: 'active' }
  | { type: 'run' }
  /** One event of the current run, as it arrives. */
  | { type: 'output'; event: RunEvent }
  | { type: 'verdict' }
  /** Something the page tells the learner in Output; `fresh` clears Output first. */
  | { type: 'note'; text: string; tone: NoteTone; fresh?: boolean };

export type LessonListener = (change: LessonChange, state: LessonState) => void;

export interface LessonStoreOptions {
  /** The starter: what the page shows when nothing is saved. */
  starter: FileMap;
  entry: string;
  saved: SavedWork;
}

export class LessonStore {
  #state: LessonState;
  readonly #saved: SavedWork;
  readonly #listeners = new Set<LessonListener>();
  /** Bumped by every run and by dispose: events of an older run are dropped. */
  #runId = 0;

  constructor({ starter, entry, saved }: LessonStoreOptions) {
    this.#saved = saved;
    const restored = saved.restore();
    this.#state = {
      files: restored?.files ?? { ...starter },
      active: entry,
      starterChanged: restored?.starterChanged ?? false,
      saveProblem: null,
      run: { phase: 'idle' },
      verdict: { phase: 'none' },
    };
  }

  get state(): LessonState {
    return this.#state;
  }

  /** Listens to every change; returns how to stop. */
  subscribe(listener: LessonListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  edit(path: string, text: string): void {
    if (this.#state.files[path] === text) return;
    this.#update({ files: { ...this.#state.files, [path]: text } }, { type: 'edited', path });
    this.#save();
  }

  /** Replaces every file at once (one undoable edit in the editor). */
  replaceFiles(files: FileMap): void {
    this.#update({ files: { ...files } }, { type: 'replaced' });
    this.#save();
  }

  show(path: string): void {
    if (!(path in this.#state.files)) return;
    this.#update({ active: path }, { type: 'active' });
  }

  note(text: string, tone: NoteTone = 'info', fresh = false): void {
    this.#emit({ type: 'note', text, tone, fresh });
  }

  /** A new run takes over (an older one's events are dropped from now on); returns its id. */
  startRun(): number {
    this.#runId += 1;
    this.#update({ run: { phase: 'running' }, verdict: { phase: 'waiting' } }, { type: 'run' });
    return this.#runId;
  }

  isCurrent(runId: number): boolean {
    return runId === this.#runId;
  }

  runEvent(runId: number, event: RunEvent): void {
    if (this.isCurrent(runId)) this.#emit({ type: 'output', event });
  }

  /** The run's events ended. A stopped run, or one that could not start, is not graded. */
  endRun(runId: number, exit: ExitEvent | null): void {
    if (!this.isCurrent(runId)) return;
    this.#update({ run: { phase: 'ended', exit } }, { type: 'run' });
    if (exit?.reason === 'stopped' || exit?.reason === 'error') this.#update({ verdict: { phase: 'not-graded', why: exit.reason } }, { type: 'verdict' });
  }

  graded(runId: number, graded: Graded): void {
    if (this.isCurrent(runId)) this.#update({ verdict: { phase: 'graded', graded } }, { type: 'verdict' });
  }

  gradingFailed(runId: number, detail: string): void {
    if (this.isCurrent(runId)) this.#update({ verdict: { phase: 'not-graded', why: 'checks-failed', detail } }, { type: 'verdict' });
  }

  /** The page is left: no listener hears anything more, and a run still going is ignored. */
  dispose(): void {
    this.#runId += 1;
    this.#listeners.clear();
  }

  #save(): void {
    const problem = this.#saved.save(this.#state.files);
    const before = this.#state.saveProblem;
    this.#state = { ...this.#state, saveProblem: problem };
    // Said once when saving starts failing (not on every keystroke), and again if it recovers and fails anew.
    if (problem && problem !== before) this.note(problem, 'warn');
  }

  #update(patch: Partial<LessonState>, change: LessonChange): void {
    this.#state = { ...this.#state, ...patch };
    this.#emit(change);
  }

  #emit(change: LessonChange): void {
    for (const listener of [...this.#listeners]) listener(change, this.#state);
  }
}
