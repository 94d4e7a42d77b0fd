/** The theme the page shows now: the reader's saved choice, else the system preference. */
export function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `listener` whenever the shown theme changes: by the toggle or by the system. */
export function onThemeChange(listener: () => void): void {
  document.addEventListener('themechange', listener);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!document.documentElement.dataset['theme']) listener();
  });
}
