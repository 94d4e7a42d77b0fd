import { defineElement } from './define-element.ts';
import { openViewer } from './diagram-zoom.ts';

/**
 * `<diagram-viewer>`: a "Full screen" button under a drawn diagram, which opens it to zoom and move by mouse, touch
 * and keyboard (Esc closes). The viewer is in this script (about 1.6 KB compressed): loading it on the first click
 * instead would cost as much again in Vite's loading helper.
 */
class DiagramViewer extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('.diagram-open');
    button?.addEventListener('click', () => {
      // The drawing on show: the layout or theme the stylesheet picked for this screen.
      const drawing = [...this.querySelectorAll('svg')].find((svg) => svg.getClientRects().length > 0);
      if (!drawing) return;
      openViewer(drawing, this.dataset['title'] ?? 'Diagram', button);
    });
  }
}
defineElement('diagram-viewer', DiagramViewer);
