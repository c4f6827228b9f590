/**
 * Message tables of the page (WebContainer problems) keep one English object for tests; in a browser page whose `<html lang>` is Chinese the same
 * calls return the Chinese table's text. Read at each call, so a page swap to the other language is seen.
 */
export function inPageLanguage<T extends object>(en: T, zh: { [K in keyof T]: T[K] }): T {
  return new Proxy(en, {
    get(target, key, receiver) {
      const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
      return Reflect.get(lang === 'zh-CN' ? zh : target, key, receiver);
    },
  });
}
