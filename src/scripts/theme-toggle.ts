import { currentTheme, onThemeChange } from './theme.ts';

/** A pressed/unpressed "Dark theme" button; the choice is saved and applied before paint by the layout. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    sync();
    onThemeChange(sync);
    button.addEventListener('click', () => {
      const theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = theme;
      try {
        localStorage.setItem('theme', theme);
      } catch {
        // Private modes may refuse storage; the theme still changes for this page.
      }
      document.dispatchEvent(new CustomEvent('themechange', { detail: { theme } }));
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
