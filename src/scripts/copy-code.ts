import { defineElement } from './define-element.ts';

/**
 * `<copy-code>`: adds a Copy button to the code block it wraps, and says "Copied" in a live region when the
 * code is on the clipboard. Without JavaScript there is no button, only the code, which can be selected.
 */
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    const pre = this.querySelector('pre');
    if (!pre || this.querySelector(':scope > button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy';
    // A live region is announced only if it is already in the page when its text changes.
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    this.append(button, status);
    let clear: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.textContent ?? '');
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Copy failed: select the code instead';
      }
      clearTimeout(clear);
      clear = setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}
defineElement('copy-code', CopyCode);
