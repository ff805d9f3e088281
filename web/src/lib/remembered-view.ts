/** Where a person last looked on a board: the camera's offset and zoom, kept in this browser only. */
export interface RememberedView {
  x: number;
  y: number;
  z: number;
}

/** The view kept under `key`, or null when there is none or it is not a usable view. */
export function readRememberedView<View extends RememberedView>(key: string): View | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as View | null;
    return saved && [saved.x, saved.y, saved.z].every(Number.isFinite) && saved.z > 0 ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps `view` under `key` for the next time the board opens. */
export function keepRememberedView<View extends RememberedView>(key: string, view: View): void {
  try {
    localStorage.setItem(key, JSON.stringify(view));
  } catch {
    // Storage full or refused: a big board opens on its start instead.
  }
}
