/** Where a drawing sits in the full-screen viewer: its top left corner on the stage, and its scale. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

/** How far a reader may zoom out and in. */
export const scaleLimits = { min: 0.2, max: 8 } as const;

const clampScale = (scale: number) => Math.min(scaleLimits.max, Math.max(scaleLimits.min, scale));

/** The drawing whole and centred on the stage, never enlarged past twice its size. */
export function fitView(drawing: Size, stage: Size, margin = 16): View {
  const scale = clampScale(
    Math.min((stage.width - 2 * margin) / drawing.width, (stage.height - 2 * margin) / drawing.height, 2),
  );
  return { scale, x: (stage.width - drawing.width * scale) / 2, y: (stage.height - drawing.height * scale) / 2 };
}

/** Zooms by `factor` about a point of the stage, which stays where it is (under the pointer, or the fingers). */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/** Moves the drawing by (dx, dy) pixels of the stage. */
export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The CSS transform that shows a view. */
export const viewTransform = (view: View) => `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
