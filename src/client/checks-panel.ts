import { pageMessages } from '../i18n/index.ts';
import type { CheckResult, GradeReport } from '../grader/index.ts';

const ICON: Record<CheckResult['status'] | 'pending' | 'running', string> = {
  pass: '✓',
  fail: '✗',
  undecided: '?',
  pending: '○',
  running: '…',
};

export class ChecksPanel {
  private readonly list: HTMLElement;
  private readonly summary: HTMLElement;
  /** "Every check passed. Next lesson: …", shown only after a run that passes. */
  private readonly nextPrompt: HTMLElement | null;

  constructor(list: HTMLElement, summary: HTMLElement) {
    this.list = list;
    this.summary = summary;
    this.nextPrompt = list.closest('section')?.querySelector<HTMLElement>('[data-next-prompt]') ?? null;
  }

  running(): void {
    if (this.nextPrompt) this.nextPrompt.hidden = true;
    this.summary.textContent = pageMessages().run.waiting;
    for (const item of this.list.querySelectorAll<HTMLElement>('.check')) {
      item.dataset.status = 'running';
      this.setIcon(item, ICON.running);
      item.querySelector('.check-message')?.remove();
      const state = item.querySelector('.check-state');
      if (state) state.textContent = pageMessages().run.waitingForRun;
    }
  }

  show(report: GradeReport): void {
    this.list.replaceChildren(...report.results.map((result) => this.item(result)));
    const { pass, fail, undecided } = report.counts;
    const total = report.results.length;
    const t = pageMessages().run;
    this.summary.textContent = report.passed ? t.allChecks(total) : t.checksSummary(pass, total, fail, undecided);
    this.summary.dataset.passed = String(report.passed);
    if (this.nextPrompt) this.nextPrompt.hidden = !report.passed;
    // What the learner needs next must be on screen: the first failed check, or the way on.
    const target = report.passed ? this.nextPrompt : this.list.querySelector<HTMLElement>('[data-status="fail"], [data-status="undecided"]');
    // After the frame: the timeline panel above the checks appears in the same task and moves them.
    if (target) requestAnimationFrame(() => target.scrollIntoView({ block: 'nearest' }));
  }

  error(message: string): void {
    if (this.nextPrompt) this.nextPrompt.hidden = true;
    this.summary.textContent = message;
    this.summary.dataset.passed = 'false';
  }

  private item(result: CheckResult): HTMLElement {
    const li = document.createElement('li');
    li.className = 'check';
    li.dataset.checkId = result.id;
    li.dataset.status = result.status;
    const icon = document.createElement('span');
    icon.className = 'check-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = ICON[result.status];
    const body = document.createElement('span');
    body.className = 'check-body';
    const title = document.createElement('span');
    title.className = 'check-title';
    title.textContent = result.title;
    const state = document.createElement('span');
    state.className = 'check-state';
    state.textContent = pageMessages().workspace.checkState[result.status];
    const message = document.createElement('span');
    message.className = 'check-message';
    message.textContent = result.message;
    body.append(title, state, message);
    li.append(icon, body);
    return li;
  }

  private setIcon(item: HTMLElement, icon: string): void {
    const node = item.querySelector('.check-icon');
    if (node) node.textContent = icon;
  }
}
