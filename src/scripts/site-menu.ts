/**
 * Below the width the header needs on one row (`data-compact`, kept by the pre-paint script in src/lib/csp.ts), hides
 * the navigation behind a Menu button; without JavaScript it stays open.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const nav = this.querySelector('nav');
    if (!button || !nav) return;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      nav.dataset['open'] = String(open);
    };
    set(false);
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }
}
customElements.define('site-menu', SiteMenu);
