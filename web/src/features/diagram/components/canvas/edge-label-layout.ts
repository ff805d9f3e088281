import { createContext } from 'react';
import { placeLabels, type PlacedLabel, type Point, type Rect } from './label-placement';

/** What a link tells about its label: its path and middle as drawn now, and the label's size. */
export interface LabelReport {
  path: string;
  middle: Point;
  width: number;
  height: number;
}

/**
 * Where a label was placed, for the path it was placed on (a moved link draws at its middle until
 * placed again), and the size it was placed with.
 */
export interface LabelSpot extends PlacedLabel {
  path: string;
  width: number;
  height: number;
}

/** How long the links must stay still before their labels are placed again (dragging moves them every frame). */
const settleMs = 120;

/**
 * The links' labels, placed together so they cover no box and no other label. Each link reports
 * its path and label size when they change; the placing runs once things have settled (not per
 * drawn frame) over all reported labels, keeps a label where it was when that is still free, and
 * tells only the links whose spot changed.
 */
export class EdgeLabelLayout {
  private readonly reports = new Map<string, LabelReport>();
  private readonly spots = new Map<string, LabelSpot>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** @param boxes the boxes labels keep clear of, in the diagram's coordinates, read when placing */
  constructor(private readonly boxes: () => Rect[]) {}

  report(id: string, report: LabelReport) {
    this.reports.set(id, report);
    this.schedule();
  }

  forget(id: string) {
    this.reports.delete(id);
    this.spots.delete(id);
  }

  /** Places the labels again soon: after a change of what they must keep clear of. */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.place(), settleMs);
  }

  dispose() {
    clearTimeout(this.timer);
  }

  spot(id: string): LabelSpot | undefined {
    return this.spots.get(id);
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  private place() {
    const requests = [...this.reports].map(([id, report]) => {
      const before = this.spots.get(id);
      return { id, ...report, ...(before?.path === report.path ? { previous: { x: before.x, y: before.y } } : {}) };
    });
    // Labels that can stay where they were go first, so one new label does not move the others.
    requests.sort((a, b) => Number(!a.previous) - Number(!b.previous));
    const placed = placeLabels(this.boxes(), requests);
    for (const { id, path, width, height } of requests) {
      const spot = { path, width, height, ...placed.get(id)! };
      const before = this.spots.get(id);
      if (before && (Object.keys(spot) as Array<keyof LabelSpot>).every((key) => before[key] === spot[key])) continue;
      this.spots.set(id, spot);
      for (const listener of this.listeners.get(id) ?? []) listener();
    }
  }
}

/** The canvas's label layout; none (labels at their links' middles) where a diagram is only shown, as in the history. */
export const EdgeLabelLayoutContext = createContext<EdgeLabelLayout | null>(null);
