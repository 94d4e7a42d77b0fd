import { defineElement } from './define-element.ts';

let count = 0;

/**
 * `<playbook-tabs>`: the labelled panels of <Tabs> become a tab list, as the WAI-ARIA Authoring Practices
 * describe it (automatic activation): arrow keys move between tabs and show their panel, Home and End go
 * to the first and last, and only the selected tab is in the Tab order. The selection lives in
 * aria-selected, which the styles read. Without JavaScript every panel shows under its label.
 */
class PlaybookTabs extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector(':scope > [role="tablist"]')) return;
    const panels = [...this.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
    if (panels.length === 0) return;
    const id = `tabs-${++count}`;
    const tabs = panels.map((panel, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${id}-tab-${index + 1}`;
      tab.setAttribute('role', 'tab');
      tab.textContent = panel.querySelector(':scope > .tab-label')?.textContent ?? `Tab ${index + 1}`;
      panel.id ||= `${id}-panel-${index + 1}`;
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      return tab;
    });
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.append(...tabs);
    this.prepend(list);

    const select = (chosen: HTMLElement) => {
      tabs.forEach((tab, index) => {
        const selected = tab === chosen;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        panels[index]!.hidden = !selected;
      });
    };
    select(tabs[0]!);
    list.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
      if (tab) select(tab);
    });
    list.addEventListener('keydown', (event) => {
      const current = tabs.indexOf(event.target as HTMLButtonElement);
      const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
      const next = moves[event.key];
      if (current < 0 || next === undefined) return;
      event.preventDefault();
      const tab = tabs[(next + tabs.length) % tabs.length]!;
      select(tab);
      tab.focus();
    });
  }
}
defineElement('playbook-tabs', PlaybookTabs);
