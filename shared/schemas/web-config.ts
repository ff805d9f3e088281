/** What the server tells the web app at run time (`GET /api/config`), so one build serves any host. */
export interface WebConfig {
  /** tldraw's license key for this host, if the operator configured one. */
  tldrawLicenseKey: string | null;
  /** The operator's limits for canvas boards, so the messages about them say the right numbers. */
  canvas: { maxClients: number; maxShapes: number };
}
