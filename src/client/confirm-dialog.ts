/** Asks a yes/no question in the page's own <dialog> (keyboard and screen-reader friendly). */
export function confirmInDialog(dialog: HTMLDialogElement, question: string, confirmLabel: string): Promise<boolean> {
  const text = dialog.querySelector('[data-dialog-text]');
  const ok = dialog.querySelector<HTMLButtonElement>('[data-dialog-ok]');
  if (text) text.textContent = question;
  if (ok) ok.textContent = confirmLabel;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
  });
}
