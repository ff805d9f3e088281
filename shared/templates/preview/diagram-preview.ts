import type { DiagramDocument, DiagramNode } from '../../diagram/diagram-document';
import { absoluteBox } from '../../diagram/place-node';
import type { PreviewLine, PreviewModel, PreviewShape } from './preview-model';

/** A colour per actor category, so the four groups of an actor map read apart. */
const categoryColor: Record<string, string> = {
  internt: '#4465e9',
  regionalt: '#099268',
  statlig: '#ae3ec9',
  eksternt: '#e16919',
};

function shapeOf(node: DiagramNode, box: { x: number; y: number; width: number; height: number }, level: number): PreviewShape {
  const at = { x: box.x, y: box.y, w: box.width, h: box.height };
  switch (node.type) {
    case 'gruppe':
      return { kind: 'area', ...at, color: '#5f6b7a', label: node.data.label, level };
    case 'aktor':
      return { kind: 'rect', ...at, color: categoryColor[node.data.category] ?? '#5f6b7a' };
    case 'prosessteg':
      return { kind: 'rect', ...at, color: '#4465e9' };
    case 'avklaringspunkt':
      return { kind: 'diamond', ...at, color: '#e16919' };
    case 'fritekst':
      return { kind: 'note', ...at, color: '#f1ac4b' };
    case 'mappe':
      return { kind: 'rect', ...at, color: node.data.kind === 'kanal' ? '#099268' : '#5f6b7a' };
    case 'dokument':
      return { kind: 'rect', ...at, color: '#4465e9' };
  }
}

/**
 * The preview of a diagram: groups as areas with their labels, actors and process steps as boxes,
 * clarification points as diamonds, notes as notes, edges as lines between the nodes' centres. A
 * plan process with variants shows its common practice (the first variant when none is common).
 */
export function diagramPreview(document: Pick<DiagramDocument, 'nodes' | 'edges' | 'variants'>): PreviewModel {
  const variant = document.variants.find((candidate) => candidate.isCommon) ?? document.variants[0];
  const shown = (item: { variantId?: string | null }) => !item.variantId || item.variantId === variant?.id;
  const nodes = document.nodes.filter(shown);
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const boxes = new Map(nodes.map((node) => [node.id, absoluteBox(node, byId)]));
  const depth = (node: DiagramNode) => {
    let level = 0;
    for (
      let parent = node.parentId ? byId.get(node.parentId) : undefined;
      parent && level < 50;
      parent = parent.parentId ? byId.get(parent.parentId) : undefined
    )
      level += 1;
    return level;
  };
  // Groups under their members, outer groups under inner ones.
  const ordered = [...nodes].sort((a, b) => Number(b.type === 'gruppe') - Number(a.type === 'gruppe') || depth(a) - depth(b));
  const shapes = ordered.map((node) => shapeOf(node, boxes.get(node.id)!, depth(node)));

  const lines: PreviewLine[] = [];
  for (const edge of document.edges.filter(shown)) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    lines.push({
      points: [
        { x: from.x + from.width / 2, y: from.y + from.height / 2 },
        { x: to.x + to.width / 2, y: to.y + to.height / 2 },
      ],
      color: edge.data.relation === 'potensiell-konflikt' ? '#e03131' : '#5f6b7a',
      dashed: edge.type !== 'sekvens' && edge.type !== 'relasjon' && edge.type !== 'inneholder',
      arrow: edge.type !== 'relasjon' && edge.type !== 'inneholder',
    });
  }

  const topGroups = nodes
    .filter((node) => node.type === 'gruppe' && !node.parentId && node.data.label.trim())
    .map((node) => ({ name: node.type === 'gruppe' ? node.data.label.trim() : '', box: boxes.get(node.id)! }))
    .sort((a, b) => (Math.abs(a.box.y - b.box.y) < 80 ? a.box.x - b.box.x : a.box.y - b.box.y));
  // A digital structure's areas are its channels, in their order in the tree.
  const channels = nodes.flatMap((node) => (node.type === 'mappe' && node.data.kind === 'kanal' ? [node.data.name.trim()] : []));
  const lanes: string[] = [];
  for (const node of nodes) {
    const lane = 'lane' in node.data ? String(node.data.lane).trim() : '';
    if (lane && !lanes.some((known) => known.toLowerCase() === lane.toLowerCase())) lanes.push(lane);
  }
  return {
    shapes,
    lines,
    summary: {
      areas: topGroups.length > 0 ? topGroups.map((group) => group.name) : channels,
      lanes,
      notes: nodes.filter((node) => node.type === 'fritekst').length,
      items: nodes.filter((node) => node.type !== 'fritekst' && node.type !== 'gruppe').length,
      connections: lines.length,
    },
  };
}
