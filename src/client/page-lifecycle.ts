/**
 * Lesson links swap pages without reloading the document (Astro's client router), so the booted
 * WebContainer and Monaco's workers carry over. Page scripts therefore set themselves up on every
 * `astro:page-load` and undo what they attached to `document`/`window` before the next swap.
 */
export function onEveryPage(setup: () => (() => void) | void): void {
  let cleanup: (() => void) | void;
  document.addEventListener('astro:page-load', () => {
    cleanup?.();
    cleanup = setup();
  });
  document.addEventListener('astro:before-swap', () => {
    cleanup?.();
    cleanup = undefined;
  });
}
