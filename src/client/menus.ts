/**
 * Menus built on `<details data-menu>` (Lessons in the header, More in the toolbar). The element
 * gives keyboard and screen-reader behaviour without script; this adds what a menu is expected to
 * do on top: Esc and a click outside close it, focus goes back to its button, and opening one
 * closes the others. Listeners sit on `document` and look menus up when an event comes, so they
 * keep working across client-router page swaps without being set up again.
 */
const OPEN_MENUS = 'details[data-menu][open]';

function summaryOf(menu: HTMLDetailsElement): HTMLElement | null {
  return menu.querySelector<HTMLElement>(':scope > summary');
}

/** Closes a menu; when focus was inside it (or got lost with it), its button takes focus again. */
function closeMenu(menu: HTMLDetailsElement, { returnFocus }: { returnFocus: boolean }): void {
  const focusWasInside = menu.contains(document.activeElement) || document.activeElement === document.body;
  menu.open = false;
  if (returnFocus || focusWasInside) summaryOf(menu)?.focus();
}

function openMenus(): HTMLDetailsElement[] {
  return [...document.querySelectorAll<HTMLDetailsElement>(OPEN_MENUS)];
}

let installed = false;

export function setupMenus(): void {
  if (installed) return;
  installed = true;

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const open = openMenus();
    if (open.length === 0) return;
    event.preventDefault();
    for (const menu of open) closeMenu(menu, { returnFocus: true });
  });

  // A click (or tap, or Enter on another control) anywhere outside an open menu closes it. The click
  // still does what it was for: a click on More opens More while Lessons closes.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Node ? event.target : null;
      for (const menu of openMenus()) {
        // The menu element itself is hit only through its veil (phones): that is outside too.
        if (target && target !== menu && menu.contains(target)) continue;
        menu.open = false;
      }
    },
    true,
  );

  // Keyboard users leaving a menu with Tab leave it closed behind them.
  document.addEventListener('focusout', (event) => {
    const from = event.target instanceof Node ? event.target : null;
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (!from || !to) return;
    for (const menu of openMenus()) {
      if (menu.contains(from) && !menu.contains(to)) menu.open = false;
    }
  });

  // A menu closed by its own item (More → Download…) would leave focus on a hidden button.
  document.addEventListener(
    'toggle',
    (event) => {
      const menu = event.target;
      if (!(menu instanceof HTMLDetailsElement) || !menu.matches('[data-menu]') || menu.open) return;
      if (document.activeElement === document.body || menu.querySelector(':focus')) summaryOf(menu)?.focus();
    },
    true,
  );
}
