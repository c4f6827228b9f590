/**
 * On a phone the lesson text and the workspace would sit one above the other, the editor some
 * thousands of pixels down. The Lesson / Code switch shows one at a time instead. It only takes
 * effect where the layout is one column (CSS decides); wide screens show both side by side.
 */
type LessonView = 'prose' | 'code';

export function setupViewSwitch(): void {
  const layout = document.querySelector<HTMLElement>('[data-lesson-layout]');
  const group = layout?.querySelector<HTMLElement>('[data-view-switch]');
  if (!layout || !group) return;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-view]')];

  const show = (view: LessonView) => {
    const changed = layout.dataset.view !== view;
    layout.dataset.view = view;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.view === view));
    // The new view starts at its top, just under the switch, wherever the old one was scrolled to.
    if (changed && getComputedStyle(group).display !== 'none' && window.scrollY > layout.offsetTop) window.scrollTo({ top: layout.offsetTop });
  };

  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-view]');
    if (button) show(button.dataset.view === 'code' ? 'code' : 'prose');
  };
  show('prose');
  group.addEventListener('click', onClick);
}
