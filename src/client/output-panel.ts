import { pageMessages } from '../i18n/index.ts';
import type { ExitEvent, LineEvent, StartEvent } from '../run-contract/events.ts';
import { ansiSegments } from './ansi-spans.ts';

// A flood of output must not freeze the page: keep the newest lines, batch DOM work per frame.
const MAX_VISIBLE_LINES = 3000;

/**
 * One clock for the page: Output, the timeline and the checks all count seconds from the program's
 * first output line (the grader's origin), so a moment reads the same everywhere. The runtime stamps
 * lines from process start; Node's own start-up before the first line is reported once, at exit.
 */
function secondsSinceFirstLine(t: number, firstLineT: number): string {
  return ((t - firstLineT) / 1000).toFixed(2);
}

export class OutputPanel {
  private pending: LineEvent[] = [];
  private frame = 0;
  private visible = 0;
  private hidden = 0;
  private hiddenNote: HTMLElement | null = null;
  /** `t` of the run's first line: the origin of every time shown. */
  private origin: number | null = null;
  /** The exit line and what it said, so `restamp` can put it on the checks' clock too. */
  private exitNote: { element: HTMLElement; event: ExitEvent } | null = null;

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.visible = 0;
    this.hidden = 0;
    this.hiddenNote = null;
    this.origin = null;
    this.exitNote = null;
    this.root.replaceChildren();
  }

  start(event: StartEvent): void {
    const t = pageMessages().run;
    const where = event.runtime === 'local' ? t.localNode : 'WebContainer';
    this.note(`${t.runningWith(where, event.nodeVersion)}${event.merged ? t.merged : ''}`, 'note');
  }

  line(event: LineEvent): void {
    this.origin ??= event.t;
    this.pending.push(event);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  exit(event: ExitEvent): void {
    this.flush();
    const [text, kind] = this.exitText(event);
    this.note(text, kind);
    this.exitNote = { element: this.root.lastElementChild as HTMLElement, event };
  }

  /**
   * Once the run is graded: shows each line's time as the checks and the timeline read it (when the
   * program wrote the line, where the run was observed), not when it happened to arrive here.
   * `lineAt[i]` is ms since the first line for the i-th line received; `firstLineT` is that first
   * line's time since the process started.
   */
  restamp(lineAt: readonly number[], firstLineT: number): void {
    this.flush();
    if (lineAt.length === 0) return; // no line printed: nothing to put on that clock
    this.origin = firstLineT;
    const rows = this.root.querySelectorAll<HTMLElement>('.out-line');
    rows.forEach((row, i) => {
      const at = lineAt[this.hidden + i];
      const time = row.querySelector('.out-time');
      if (at !== undefined && time) time.textContent = `${(at / 1000).toFixed(2)}s`;
    });
    if (this.exitNote) this.exitNote.element.textContent = this.exitText(this.exitNote.event)[0];
  }

  private exitText(event: ExitEvent): [text: string, kind: string] {
    const total = (event.durationMs / 1000).toFixed(2);
    const t = pageMessages().run;
    const after = this.origin === null ? t.after(total) : t.afterAt(secondsSinceFirstLine(event.durationMs, this.origin), total);
    if (event.reason === 'exited' && event.code === 0) return [t.exitedOk(after), 'note ok'];
    if (event.reason === 'exited') return [t.exited(String(event.code ?? event.signal), after), 'note bad'];
    return [event.message ?? t.stoppedReason(event.reason, after), event.reason === 'stopped' ? 'note' : 'note bad'];
  }

  /** A message from the page itself, set apart from the program's output. */
  note(text: string, kind: string): void {
    const p = document.createElement('p');
    p.className = kind;
    p.textContent = text;
    this.root.append(p);
    this.scroll();
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const fragment = document.createDocumentFragment();
    for (const event of batch) fragment.append(this.render(event));
    this.root.append(fragment);
    this.visible += batch.length;
    this.trim();
    this.scroll();
  }

  private render(event: LineEvent): HTMLElement {
    const row = document.createElement('div');
    row.className = `out-line ${event.stream}`;
    const time = document.createElement('span');
    time.className = 'out-time';
    time.textContent = `${secondsSinceFirstLine(event.t, this.origin ?? event.t)}s`;
    row.append(time);
    if (event.stream === 'stderr') {
      const label = document.createElement('span');
      label.className = 'out-stream';
      label.textContent = 'stderr';
      row.append(label);
    }
    const text = document.createElement('span');
    text.className = 'out-text';
    for (const segment of ansiSegments(event.text)) {
      if (segment.classes.length === 0) {
        text.append(segment.text);
      } else {
        const span = document.createElement('span');
        span.className = segment.classes.join(' ');
        span.textContent = segment.text;
        text.append(span);
      }
    }
    row.append(text);
    return row;
  }

  private trim(): void {
    const extra = this.visible - MAX_VISIBLE_LINES;
    if (extra <= 0) return;
    const rows = this.root.querySelectorAll('.out-line');
    for (let i = 0; i < extra; i++) rows[i]?.remove();
    this.visible -= extra;
    this.hidden += extra;
    if (!this.hiddenNote) {
      this.hiddenNote = document.createElement('p');
      this.hiddenNote.className = 'note';
      this.root.prepend(this.hiddenNote);
    }
    this.hiddenNote.textContent = pageMessages().run.hiddenLines(this.hidden);
  }

  private scroll(): void {
    this.root.scrollTop = this.root.scrollHeight;
  }
}
