import type { LessonStore } from '../lesson-store.ts';

/** The file tabs: a click or the arrow keys choose a file; the selected tab follows the store. */
export function fileTabs(store: LessonStore, tabs: readonly HTMLButtonElement[], fallback: string): () => void {
  const select = (active: string) => {
    for (const tab of tabs) {
      const selected = tab.dataset.path === active;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  };
  const cleanups = tabs.map((tab) => {
    const click = () => store.show(tab.dataset.path ?? fallback);
    const keydown = (event: KeyboardEvent) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      next?.focus();
      next?.click();
    };
    tab.addEventListener('click', click);
    tab.addEventListener('keydown', keydown);
    return () => {
      tab.removeEventListener('click', click);
      tab.removeEventListener('keydown', keydown);
    };
  });
  const unsubscribe = store.subscribe((change, state) => {
    if (change.type === 'active') select(state.active);
  });
  return () => {
    unsubscribe();
    for (const cleanup of cleanups) cleanup();
  };
}
