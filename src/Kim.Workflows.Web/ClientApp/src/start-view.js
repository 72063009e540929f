// The diagram opens at a legible zoom with nothing under the palette: fit the whole diagram, but never below
// MIN_ZOOM (larger workflows then start at their beginning, scrollable), and keep the left edge clear of the palette.
const MIN_ZOOM = 0.8;
const MAX_ZOOM = 1.2;
const PALETTE_CLEARANCE = 110; // px from the canvas' left edge: palette width plus a margin

export function showStartView(canvas) {
  canvas.zoom('fit-viewport', 'auto');
  const zoom = canvas.zoom();
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    canvas.zoom(Math.min(Math.max(zoom, MIN_ZOOM), MAX_ZOOM));
  }

  const viewbox = canvas.viewbox();
  const inner = viewbox.inner;
  const scale = viewbox.scale;
  // Screen x of the diagram's left edge and top edge; move right/down when they sit under the palette or off screen.
  const left = (inner.x - viewbox.x) * scale;
  const top = (inner.y - viewbox.y) * scale;
  const dx = left < PALETTE_CLEARANCE ? PALETTE_CLEARANCE - left : 0;
  const dy = top < 20 ? 20 - top : 0;
  if (dx || dy) {
    canvas.scroll({ dx, dy });
  }
}
