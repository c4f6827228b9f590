/**
 * Astro's client router swaps <head> on every lesson link and drops what the new page does not
 * have: Monaco's runtime-injected <style> elements went with it (103 → 2), and the next lesson's
 * editor rendered as a bare text box. Re-inserting them afterwards is not enough, because Monaco
 * adds rules with insertRule and a re-inserted element loses those. So every style element the
 * editor adds is marked `data-astro-transition-persist`, and the incoming head gets a twin with the
 * same mark, which Astro's swap reads as "already on the page: keep it".
 */
const PERSIST = 'data-astro-transition-persist';
const PREFIX = 'editor-style-';
let count = 0;
let installed = false;

function isStyle(node: Node): node is HTMLStyleElement | HTMLLinkElement {
  return node instanceof HTMLStyleElement || (node instanceof HTMLLinkElement && node.rel === 'stylesheet');
}

function keepEditorStylesAcrossSwaps(): void {
  if (installed) return;
  installed = true;
  const mark = (node: Node) => {
    // Elements a page swap brings in carry the page's own styles: they come and go with the page.
    if (!isStyle(node) || node.hasAttribute(PERSIST) || node.hasAttribute('data-page-head')) return;
    node.setAttribute(PERSIST, `${PREFIX}${++count}`);
  };
  // Styles this chunk already injected (the build turns Monaco's CSS imports into <style data-monaco-css>).
  document.head.querySelectorAll('style[data-monaco-css]').forEach(mark);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(mark);
  }).observe(document.head, { childList: true });
  document.addEventListener('astro:before-swap', (event) => {
    const incoming = event.newDocument.head;
    for (const child of incoming.children) child.setAttribute('data-page-head', '');
    for (const kept of document.head.querySelectorAll(`[${PERSIST}^="${PREFIX}"]`)) {
      const twin = event.newDocument.createElement('meta');
      twin.setAttribute(PERSIST, kept.getAttribute(PERSIST) ?? '');
      incoming.append(twin);
    }
  });
}

// Runs as the editor chunk's first module, before Monaco's own modules inject their styles.
keepEditorStylesAcrossSwaps();
