import { fitView, panBy, viewTransform, zoomAt, type View } from '../lib/zoom.ts';

const step = 1.25;
const panStep = 48;

/**
 * Shows a copy of a drawing full screen in a modal dialog. The reader zooms with the buttons, the wheel, a pinch or
 * + and −, moves it by dragging or with the arrow keys, fits it again with 0 or "Fit", and closes with Esc or "Close";
 * the focus then returns to the button that opened it.
 */
export function openViewer(drawing: SVGSVGElement, title: string, opener: HTMLElement): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.innerHTML = `
    <div class="diagram-dialog-bar">
      <h2 class="diagram-dialog-title"></h2>
      <button type="button" class="icon-button" data-zoom="in" aria-label="Zoom in">+</button>
      <button type="button" class="icon-button" data-zoom="out" aria-label="Zoom out">−</button>
      <button type="button" class="icon-button" data-zoom="fit">Fit</button>
      <button type="button" class="icon-button" data-zoom="close">Close</button>
    </div>
    <div class="diagram-dialog-stage" tabindex="0" role="application" aria-roledescription="zoomable diagram"></div>
    <p class="diagram-dialog-hint">Drag or use the arrow keys to move; the wheel, a pinch, + or − to zoom; 0 to fit; Esc to close.</p>`;
  const heading = dialog.querySelector('h2')!;
  heading.textContent = title;
  heading.id = `diagram-dialog-${Date.now()}`;
  dialog.setAttribute('aria-labelledby', heading.id);
  const stage = dialog.querySelector<HTMLElement>('.diagram-dialog-stage')!;
  stage.setAttribute('aria-label', `${title}: zoom and move`);
  const copy = drawing.cloneNode(true) as SVGSVGElement;
  const box = drawing.viewBox.baseVal;
  const size = { width: box?.width || drawing.clientWidth, height: box?.height || drawing.clientHeight };
  copy.setAttribute('width', String(size.width));
  copy.setAttribute('height', String(size.height));
  copy.removeAttribute('aria-hidden');
  stage.append(copy);
  document.body.append(dialog);
  dialog.showModal();

  let view: View = fitView(size, stage.getBoundingClientRect());
  const show = (next: View) => {
    view = next;
    copy.style.transform = viewTransform(view);
  };
  const centre = () => ({ x: stage.clientWidth / 2, y: stage.clientHeight / 2 });
  const fit = () => show(fitView(size, stage.getBoundingClientRect()));
  fit();
  stage.focus();

  dialog.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset['zoom'];
    if (action === 'in') show(zoomAt(view, step, centre()));
    if (action === 'out') show(zoomAt(view, 1 / step, centre()));
    if (action === 'fit') fit();
    if (action === 'close') dialog.close();
  });
  stage.addEventListener('keydown', (event) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [panStep, 0],
      ArrowRight: [-panStep, 0],
      ArrowUp: [0, panStep],
      ArrowDown: [0, -panStep],
    };
    const move = moves[event.key];
    if (move) show(panBy(view, ...move));
    else if (event.key === '+' || event.key === '=') show(zoomAt(view, step, centre()));
    else if (event.key === '-') show(zoomAt(view, 1 / step, centre()));
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  });
  stage.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const rect = stage.getBoundingClientRect();
      show(zoomAt(view, event.deltaY < 0 ? step : 1 / step, { x: event.clientX - rect.left, y: event.clientY - rect.top }));
    },
    { passive: false },
  );
  // Pointers: one drags, two pinch (zooming about the point between the fingers).
  const pointers = new Map<number, { x: number; y: number }>();
  stage.addEventListener('pointerdown', (event) => {
    stage.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  stage.addEventListener('pointermove', (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const others = [...pointers].filter(([id]) => id !== event.pointerId).map(([, point]) => point);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (others.length === 0) {
      show(panBy(view, event.clientX - before.x, event.clientY - before.y));
    } else {
      const other = others[0]!;
      const distance = (a: { x: number; y: number }) => Math.hypot(a.x - other.x, a.y - other.y);
      const rect = stage.getBoundingClientRect();
      const middle = { x: (event.clientX + other.x) / 2 - rect.left, y: (event.clientY + other.y) / 2 - rect.top };
      if (distance(before) > 0) show(zoomAt(view, distance({ x: event.clientX, y: event.clientY }) / distance(before), middle));
    }
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  stage.addEventListener('pointerup', release);
  stage.addEventListener('pointercancel', release);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
}
