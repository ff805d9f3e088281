import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { absoluteBox } from '../../../../../shared/diagram/place-node';
import { planPhases, type DiagramType } from '../../../../../shared/diagram/vocabulary';
import { laneKey } from '../../../../../shared/diagram/lane-key';

/** Where a lane's own name starts inside its band (`.diagram-band--lane .diagram-band__label`'s 0.5rem). */
export const laneLabelInset = 8;

export interface Band {
  key: string;
  kind: 'lane' | 'phase' | 'category';
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Labelled backgrounds drawn behind the nodes, derived from where they are: lanes (rows per
 * responsible actor) and phase headers for processes, category areas for actor maps.
 */
export function backgroundBands(
  diagramType: DiagramType,
  nodes: DiagramNode[],
  sizes: Map<string, { width: number; height: number }>,
  t: (key: never, options?: Record<string, unknown>) => string,
): Band[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxOf = (node: DiagramNode) => {
    const box = absoluteBox(node, byId);
    const measured = sizes.get(node.id);
    return measured ? { ...box, ...measured } : box;
  };
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const bands: Band[] = [];
  const pad = 16;
  if (diagramType === 'planprosess') {
    const steps = nodes.filter(
      (node): node is Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }> =>
        (node.type === 'prosessteg' || node.type === 'avklaringspunkt') && !node.parentId,
    );
    if (steps.length === 0) return bands;
    const boxes = new Map(steps.map((node) => [node.id, boxOf(node)]));
    const left = Math.min(...[...boxes.values()].map((b) => b.x)) - 170;
    const right = Math.max(...[...boxes.values()].map((b) => b.x + b.width)) + pad * 2;
    const top = Math.min(...[...boxes.values()].map((b) => b.y));
    const lanes = new Map<string, { label: string; min: number; max: number }>();
    for (const node of steps) {
      const box = boxes.get(node.id)!;
      const key = laneKey(node.data.lane);
      const lane = lanes.get(key) ?? { label: node.data.lane.trim() || translate('diagram.lane.none'), min: box.y, max: box.y + box.height };
      lane.min = Math.min(lane.min, box.y);
      lane.max = Math.max(lane.max, box.y + box.height);
      lanes.set(key, lane);
    }
    for (const [key, lane] of lanes) {
      bands.push({
        key: `lane:${key}`,
        kind: 'lane',
        label: lane.label,
        x: left,
        y: lane.min - pad,
        width: right - left,
        height: lane.max - lane.min + pad * 2,
      });
    }
    for (const phase of planPhases) {
      const inPhase = steps.filter((node) => node.data.phase === phase).map((node) => boxes.get(node.id)!);
      if (inPhase.length === 0) continue;
      const x = Math.min(...inPhase.map((b) => b.x)) - pad / 2;
      const width = Math.max(...inPhase.map((b) => b.x + b.width)) + pad / 2 - x;
      bands.push({ key: `phase:${phase}`, kind: 'phase', label: translate(`diagram.phase.${phase}`), x, y: top - 64, width, height: 36 });
    }
  } else {
    const actors = nodes.filter((node): node is Extract<DiagramNode, { type: 'aktor' }> => node.type === 'aktor' && !node.parentId);
    const categories = new Map<string, Array<ReturnType<typeof boxOf>>>();
    for (const actor of actors) categories.set(actor.data.category, [...(categories.get(actor.data.category) ?? []), boxOf(actor)]);
    for (const [category, boxes] of categories) {
      const x = Math.min(...boxes.map((b) => b.x)) - pad;
      const y = Math.min(...boxes.map((b) => b.y)) - pad - 32;
      bands.push({
        key: `category:${category}`,
        kind: 'category',
        label: translate(`diagram.category.${category}`),
        x,
        y,
        width: Math.max(...boxes.map((b) => b.x + b.width)) + pad - x,
        height: Math.max(...boxes.map((b) => b.y + b.height)) + pad - y,
      });
    }
  }
  return bands;
}
