import { describe, expect, it } from 'vitest';
import type { ExitEvent, FileMap } from '../run-contract/events.ts';
import { LessonStore, type Graded, type LessonChange } from './lesson-store.ts';
import { fingerprint, savedWork } from './saved-files.ts';

/**
 * A STAND-IN for the browser's localStorage (Node has none without flags): a Map behind the Web
 * Storage interface, which can be told to refuse writes the way a full or private-mode store does.
 */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  refuse = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const starter: FileMap = { 'main.ts': "console.log('start');\n", 'worker.ts': '// worker\n' };

/** Opens the lesson page (again): a new store over the same browser storage. */
function open(storage: Storage, files: FileMap = starter) {
  const store = new LessonStore({
    starter: files,
    entry: 'main.ts',
    saved: savedWork(storage, 'demo', files, fingerprint(files), (why) => `Your edits could not be saved (${why}).`),
  });
  const changes: LessonChange[] = [];
  store.subscribe((change) => changes.push(change));
  return { store, changes };
}

const exit = (reason: ExitEvent['reason'], code: number | null = 0): ExitEvent => ({ type: 'exit', code, signal: null, reason, durationMs: 1234 });
const graded = (fail: number): Graded => ({
  verdict: fail === 0 ? 'pass' : 'fail',
  report: { results: [], passed: fail === 0, counts: { pass: 2 - fail, fail, undecided: 0 } },
  timeline: null,
  lineAt: [0, 500],
  firstLineT: 40,
});

describe('LessonStore: the learner’s files', () => {
  it('opens with the starter when nothing is saved', () => {
    const { store } = open(new MemoryStorage());
    expect(store.state.files).toEqual(starter);
    expect(store.state.active).toBe('main.ts');
    expect(store.state.starterChanged).toBe(false);
  });

  it('saves an edit as it happens, so a reload shows it', () => {
    const storage = new MemoryStorage();
    const { store, changes } = open(storage);
    store.edit('main.ts', "console.log('mine');\n");
    expect(changes).toEqual([{ type: 'edited', path: 'main.ts' }]);
    const reloaded = open(storage).store;
    expect(reloaded.state.files).toEqual({ ...starter, 'main.ts': "console.log('mine');\n" });
    expect(reloaded.state.starterChanged).toBe(false);
  });

  it('restores saved work over a changed starter, says so, and takes new files from the starter', () => {
    const storage = new MemoryStorage();
    open(storage).store.edit('main.ts', 'mine\n');
    const newer = { ...starter, 'helper.ts': 'export {};\n' };
    const { store } = open(storage, newer);
    expect(store.state.starterChanged).toBe(true);
    expect(store.state.files).toEqual({ ...newer, 'main.ts': 'mine\n' });
  });

  it('Reset puts the starter back, for the views and for the next load', () => {
    const storage = new MemoryStorage();
    const { store, changes } = open(storage);
    store.edit('main.ts', 'mine\n');
    store.replaceFiles(starter);
    expect(changes.at(-1)).toEqual({ type: 'replaced' });
    expect(store.state.files).toEqual(starter);
    expect(open(storage).store.state.files).toEqual(starter);
  });

  it('says once that saving fails, not on every keystroke, and again after it recovered and failed anew', () => {
    const storage = new MemoryStorage();
    const { store, changes } = open(storage);
    storage.refuse = true;
    store.edit('main.ts', 'a');
    store.edit('main.ts', 'ab');
    const notes = () => changes.filter((c) => c.type === 'note');
    expect(notes()).toEqual([{ type: 'note', text: 'Your edits could not be saved (QuotaExceededError).', tone: 'warn', fresh: false }]);
    expect(store.state.saveProblem).toContain('QuotaExceededError');
    storage.refuse = false;
    store.edit('main.ts', 'abc');
    expect(store.state.saveProblem).toBeNull();
    storage.refuse = true;
    store.edit('main.ts', 'abcd');
    expect(notes()).toHaveLength(2);
    // What the learner typed is still on the page, saved or not.
    expect(store.state.files['main.ts']).toBe('abcd');
  });

  it('switches the shown file only to one the lesson has', () => {
    const { store, changes } = open(new MemoryStorage());
    store.show('worker.ts');
    store.show('../etc/passwd');
    expect(store.state.active).toBe('worker.ts');
    expect(changes).toEqual([{ type: 'active' }]);
  });
});

describe('LessonStore: runs and the verdict', () => {
  it('a run goes running → ended → graded, and the checks wait in between', () => {
    const { store } = open(new MemoryStorage());
    expect(store.state.verdict).toEqual({ phase: 'none' });
    const id = store.startRun();
    expect(store.state.run).toEqual({ phase: 'running' });
    expect(store.state.verdict).toEqual({ phase: 'waiting' });
    store.endRun(id, exit('exited'));
    expect(store.state.run).toEqual({ phase: 'ended', exit: exit('exited') });
    expect(store.state.verdict).toEqual({ phase: 'waiting' });
    store.graded(id, graded(1));
    expect(store.state.verdict).toEqual({ phase: 'graded', graded: graded(1) });
  });

  it('a stopped run, or one that could not start, is not graded', () => {
    const { store } = open(new MemoryStorage());
    store.endRun(store.startRun(), exit('stopped', null));
    expect(store.state.verdict).toEqual({ phase: 'not-graded', why: 'stopped' });
    store.endRun(store.startRun(), exit('error', null));
    expect(store.state.verdict).toEqual({ phase: 'not-graded', why: 'error' });
    const id = store.startRun();
    store.endRun(id, exit('exited'));
    store.gradingFailed(id, 'checks.ts threw');
    expect(store.state.verdict).toEqual({ phase: 'not-graded', why: 'checks-failed', detail: 'checks.ts threw' });
  });

  it('a new Run takes over: the older run’s output, end and verdict are dropped', () => {
    const { store, changes } = open(new MemoryStorage());
    const first = store.startRun();
    const second = store.startRun();
    store.runEvent(first, { type: 'line', stream: 'stdout', text: 'old', t: 1 });
    store.endRun(first, exit('exited'));
    store.graded(first, graded(0));
    expect(store.state.run).toEqual({ phase: 'running' });
    expect(store.state.verdict).toEqual({ phase: 'waiting' });
    store.runEvent(second, { type: 'line', stream: 'stdout', text: 'new', t: 1 });
    expect(changes.filter((c) => c.type === 'output')).toHaveLength(1);
  });

  it('editing after a verdict keeps it on screen until the next Run (as the page always has)', () => {
    const { store } = open(new MemoryStorage());
    const id = store.startRun();
    store.endRun(id, exit('exited'));
    store.graded(id, graded(0));
    store.edit('main.ts', 'changed\n');
    store.replaceFiles(starter);
    expect(store.state.verdict.phase).toBe('graded');
    store.startRun();
    expect(store.state.verdict).toEqual({ phase: 'waiting' });
  });
});

describe('LessonStore: listeners', () => {
  it('an unsubscribed view hears nothing more', () => {
    const { store } = open(new MemoryStorage());
    const heard: string[] = [];
    const unsubscribe = store.subscribe((change) => heard.push(change.type));
    store.show('worker.ts');
    unsubscribe();
    store.show('main.ts');
    expect(heard).toEqual(['active']);
  });

  it('after the page is left, nobody hears anything and a run still going is ignored', () => {
    const { store, changes } = open(new MemoryStorage());
    const id = store.startRun();
    const before = changes.length;
    store.dispose();
    store.runEvent(id, exit('exited'));
    store.endRun(id, exit('exited'));
    store.note('late');
    expect(changes).toHaveLength(before);
    expect(store.state.run).toEqual({ phase: 'running' });
  });
});
