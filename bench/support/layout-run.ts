/** What the layout bench page (web/bench-pages/diagram-layout) answers for one layout it ran. */
export interface LayoutRun {
  size: number;
  ms: number;
  /** Longest main-thread task reported by the browser while the layout ran (0 when none ≥ 50 ms). */
  longestTask: number;
  /** Longest gap between 10 ms timer ticks on the main thread meanwhile. */
  longestGap: number;
}
