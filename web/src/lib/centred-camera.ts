import type { BoxLike } from 'tldraw';

/** Where tldraw's camera is: screen = (page + camera) × zoom, from the canvas's top-left corner. */
export interface CameraPlace {
  x: number;
  y: number;
  z: number;
}

/**
 * The camera that shows `bounds` (page units) centred in `area` (screen pixels from the canvas's
 * top-left corner) at the largest zoom in [smallest, largest] at which it fits.
 */
export function centredCamera(area: BoxLike, bounds: BoxLike, smallest: number, largest: number): CameraPlace {
  const z = Math.max(smallest, Math.min(largest, area.w / bounds.w, area.h / bounds.h));
  return { x: (area.x + area.w / 2) / z - (bounds.x + bounds.w / 2), y: (area.y + area.h / 2) / z - (bounds.y + bounds.h / 2), z };
}
