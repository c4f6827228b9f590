import { isLocale, LOCALE_KEY, LOCALE_NOTE_KEY, pageLocale, preferredLocale, type Locale } from '../i18n/index.ts';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Without storage the choice lasts for this page only: the switch still works.
  }
}

/** The language this reader wants: the one they chose, else their browser's first one we have. */
function wantedLocale(): Locale {
  const chosen = read(LOCALE_KEY);
  return isLocale(chosen) ? chosen : preferredLocale(navigator.languages ?? [navigator.language]);
}

/**
 * The language switch remembers the choice; a page in a language the reader did not choose offers the
 * other one in a dismissible note. Never a redirect: the address the reader opened is the page they get.
 */
export function setupLanguageChoice(): () => void {
  const here = pageLocale();
  const remember = (event: Event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-language-switch]');
    const locale = target?.dataset.languageSwitch;
    if (isLocale(locale)) write(LOCALE_KEY, locale);
  };
  document.addEventListener('click', remember);

  const note = document.querySelector<HTMLElement>('[data-locale-note]');
  const wanted = wantedLocale();
  if (note && wanted !== here && note.dataset.localeNote === wanted && read(LOCALE_NOTE_KEY) !== 'dismissed') {
    note.hidden = false;
    note.querySelector('[data-locale-note-dismiss]')?.addEventListener('click', () => {
      note.hidden = true;
      write(LOCALE_NOTE_KEY, 'dismissed');
      // Staying here is a choice too: later pages in this language do not ask again.
      write(LOCALE_KEY, here);
    });
  }
  return () => document.removeEventListener('click', remember);
}
