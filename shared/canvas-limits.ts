/** Limits of canvas boards, shared by the web app (to explain them) and the server (to enforce them). */
export const canvasLimits = {
  /** Shapes on one board (tldraw's own default per page). */
  maxShapes: 4000,
  /** People connected to one board at once; the next one is told the board is full. */
  maxClients: 50,
  /** Largest sync message a client may send, in bytes (tldraw splits bigger ones into chunks). */
  maxMessageBytes: 4 * 1024 * 1024,
  /** Largest image that can be uploaded, in bytes. */
  maxAssetBytes: 10 * 1024 * 1024,
  /** Image types Planrom stores and serves. */
  assetTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const,
  /** Largest .tldr file that can be imported, in bytes (images inside count). */
  maxImportBytes: 40 * 1024 * 1024,
  /** Length of a version's name. */
  versionName: 120,
} as const;

export type CanvasAssetType = (typeof canvasLimits.assetTypes)[number];
