import { describe, expect, it } from 'vitest';
import { fitView, panBy, scaleLimits, viewTransform, zoomAt } from '../../src/lib/zoom.ts';

describe('the full-screen viewer’s arithmetic', () => {
  it('fits a drawing whole and centred, shrinking a large one and enlarging a small one at most twice', () => {
    expect(fitView({ width: 1000, height: 500 }, { width: 532, height: 800 })).toEqual({ scale: 0.5, x: 16, y: 275 });
    expect(fitView({ width: 100, height: 50 }, { width: 1000, height: 1000 })).toEqual({ scale: 2, x: 400, y: 450 });
  });

  it('zooms about a point, which stays where it is on the stage', () => {
    const view = { x: 10, y: 20, scale: 1 };
    const at = { x: 110, y: 220 };
    const zoomed = zoomAt(view, 2, at);
    expect(zoomed.scale).toBe(2);
    // The drawing's point under `at` before is under `at` after.
    const under = (v: typeof view) => ({ x: (at.x - v.x) / v.scale, y: (at.y - v.y) / v.scale });
    expect(under(zoomed)).toEqual(under(view));
  });

  it('keeps the scale within its limits', () => {
    let view = { x: 0, y: 0, scale: 1 };
    for (let i = 0; i < 50; i++) view = zoomAt(view, 1.25, { x: 0, y: 0 });
    expect(view.scale).toBe(scaleLimits.max);
    for (let i = 0; i < 50; i++) view = zoomAt(view, 0.8, { x: 0, y: 0 });
    expect(view.scale).toBe(scaleLimits.min);
  });

  it('moves by stage pixels and writes the CSS transform', () => {
    expect(viewTransform(panBy({ x: 1, y: 2, scale: 0.5 }, 10, -4))).toBe('translate(11px, -2px) scale(0.5)');
  });
});
