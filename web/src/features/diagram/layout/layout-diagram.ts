import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramEdge, DiagramNode, DiagramPosition } from '../../../../../shared/diagram/diagram-document';
import { laneKey } from '../../../../../shared/diagram/lane-key';
import { defaultNodeSize } from '../../../../../shared/diagram/place-node';
import { isStructureNode, treeSpacing } from '../../../../../shared/diagram/structure-tree';
import { actorCategories, planPhases, type DiagramType, type PlanPhase } from '../../../../../shared/diagram/vocabulary';

export interface LayoutInput {
  diagramType: DiagramType;
  /** The nodes shown (one variant of a process); members of groups and notes stay where they are. */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Sizes measured on screen; the default size of each type is used for the others. */
  sizes?: Map<string, { width: number; height: number }>;
  /** Move everything, also what someone placed by hand (`pinned`); otherwise those stay put. */
  full?: boolean;
}

/** Spacing of automatic layouts, in diagram units. */
export const layoutSpacing = {
  column: 70,
  phase: 110,
  row: 28,
  lane: 56,
  laneLabel: 170,
  category: 90,
  top: 70,
};

type ProcessNode = Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }>;
const isProcess = (node: DiagramNode): node is ProcessNode => node.type === 'prosessteg' || node.type === 'avklaringspunkt';

const sizeOf = (node: DiagramNode, sizes?: LayoutInput['sizes']) => sizes?.get(node.id) ?? node.size ?? defaultNodeSize[node.type];

/**
 * Lays out a diagram with ELK (in its worker) and returns new positions for the nodes it arranged.
 * - Plan processes: left to right by phase; within a phase ELK's layered algorithm orders the steps
 *   along their connections (columns); then each responsible actor gets one horizontal lane (band).
 *   Lanes are placed by us rather than with `elk.partitioning`, which grows quadratically.
 * - Actor maps: one column per category, actors packed inside it, the most influential first.
 */
export async function layoutDiagram(elk: ELK, input: LayoutInput): Promise<Map<string, DiagramPosition>> {
  if (input.diagramType === 'struktur') return layoutStructure(elk, input);
  const movable = input.nodes.filter((node) => !node.parentId && node.type !== 'gruppe' && node.type !== 'fritekst' && (input.full || !node.pinned));
  const origin = topLeft(movable);
  const positions = input.diagramType === 'planprosess' ? await layoutProcess(elk, movable.filter(isProcess), input) : await layoutActors(elk, movable, input);
  const placed = topLeft([...positions.keys()].map((id) => ({ position: positions.get(id)! })));
  // Keep the diagram where it was on the board, so the view does not jump.
  const dx = origin.x - placed.x + (input.diagramType === 'planprosess' ? layoutSpacing.laneLabel : 0);
  const dy = origin.y - placed.y + layoutSpacing.top;
  for (const [id, position] of positions) positions.set(id, { x: Math.round(position.x + dx), y: Math.round(position.y + dy) });
  return positions;
}

function topLeft(nodes: Array<{ position: DiagramPosition }>): DiagramPosition {
  if (nodes.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...nodes.map((n) => n.position.x)), y: Math.min(...nodes.map((n) => n.position.y)) };
}

async function layoutProcess(elk: ELK, nodes: ProcessNode[], input: LayoutInput): Promise<Map<string, DiagramPosition>> {
  const positions = new Map<string, DiagramPosition>();
  if (nodes.length === 0) return positions;
  const phaseOf = new Map(nodes.map((node) => [node.id, node.data.phase]));
  const byPhase = new Map<PlanPhase, ProcessNode[]>();
  for (const node of nodes) {
    const list = byPhase.get(node.data.phase);
    if (list) list.push(node);
    else byPhase.set(node.data.phase, [node]);
  }
  const phases = planPhases.filter((phase) => byPhase.has(phase));
  // One ELK call: a compound node per phase, laid out on its own (left to right).
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'box', 'elk.spacing.nodeNode': '40' },
    children: phases.map((phase) => ({
      id: `phase:${phase}`,
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.spacing.nodeNode': String(layoutSpacing.row),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(layoutSpacing.column),
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      },
      children: byPhase.get(phase)!.map((node) => ({ id: node.id, ...sizeOf(node, input.sizes) })),
      edges: input.edges
        .filter((edge) => edge.type !== 'tilbakelop' && phaseOf.get(edge.source) === phase && phaseOf.get(edge.target) === phase && edge.source !== edge.target)
        .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
    })),
  };
  const result = await elk.layout(graph);

  // Columns: distinct x positions in each phase, phases one after another.
  interface Placed {
    node: ProcessNode;
    column: number;
    elkY: number;
  }
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const placed: Placed[] = [];
  const columnWidths: number[] = [];
  const phaseStartColumn: number[] = [];
  for (const phaseNode of result.children ?? []) {
    const children = [...(phaseNode.children ?? [])].sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
    phaseStartColumn.push(columnWidths.length);
    let lastX = Number.NEGATIVE_INFINITY;
    for (const child of children) {
      if ((child.x ?? 0) - lastX > 10) {
        columnWidths.push(0);
        lastX = child.x ?? 0;
      }
      const node = byId.get(child.id)!;
      const column = columnWidths.length - 1;
      columnWidths[column] = Math.max(columnWidths[column]!, sizeOf(node, input.sizes).width);
      placed.push({ node, column, elkY: child.y ?? 0 });
    }
  }
  const columnX: number[] = [];
  const phaseStarts = new Set(phaseStartColumn);
  let x = 0;
  for (let column = 0; column < columnWidths.length; column++) {
    if (column > 0 && phaseStarts.has(column)) x += layoutSpacing.phase - layoutSpacing.column;
    columnX.push(x);
    x += columnWidths[column]! + layoutSpacing.column;
  }

  // Lanes: in the order the process first reaches them; steps without a responsible actor last.
  placed.sort((a, b) => a.column - b.column || a.elkY - b.elkY);
  const laneOrder: string[] = [];
  for (const { node } of placed) {
    const key = laneKey(node.data.lane);
    if (!laneOrder.includes(key)) laneOrder.push(key);
  }
  laneOrder.sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
  const byLane = new Map<string, Placed[]>();
  for (const entry of placed) {
    const key = laneKey(entry.node.data.lane);
    const list = byLane.get(key);
    if (list) list.push(entry);
    else byLane.set(key, [entry]);
  }
  let laneTop = 0;
  for (const lane of laneOrder) {
    let laneHeight = 0;
    const byColumn = new Map<number, Placed[]>();
    for (const entry of byLane.get(lane) ?? []) {
      const cell = byColumn.get(entry.column);
      if (cell) cell.push(entry);
      else byColumn.set(entry.column, [entry]);
    }
    for (const [column, cell] of byColumn) {
      let y = 0;
      for (const { node } of cell) {
        const size = sizeOf(node, input.sizes);
        positions.set(node.id, { x: columnX[column]! + (columnWidths[column]! - size.width) / 2, y: laneTop + y });
        y += size.height + layoutSpacing.row;
      }
      laneHeight = Math.max(laneHeight, y - layoutSpacing.row);
    }
    laneTop += laneHeight + layoutSpacing.lane;
  }
  return positions;
}

async function layoutActors(elk: ELK, nodes: DiagramNode[], input: LayoutInput): Promise<Map<string, DiagramPosition>> {
  const positions = new Map<string, DiagramPosition>();
  const actors = nodes.filter((node): node is Extract<DiagramNode, { type: 'aktor' }> => node.type === 'aktor');
  const others = nodes.filter((node) => node.type !== 'aktor');
  const categories = actorCategories.filter((category) => actors.some((actor) => actor.data.category === category));
  const groups: Array<{ id: string; members: DiagramNode[] }> = categories.map((category) => ({
    id: `category:${category}`,
    members: actors
      .filter((actor) => actor.data.category === category)
      .sort((a, b) => b.data.influence - a.data.influence || b.data.interest - a.data.interest || a.data.name.localeCompare(b.data.name, 'nb')),
  }));
  if (others.length > 0) groups.push({ id: 'category:other', members: others });
  if (groups.length === 0) return positions;
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'box' },
    children: groups.map((group) => ({
      id: group.id,
      layoutOptions: {
        'elk.algorithm': 'rectpacking',
        'elk.aspectRatio': '0.45',
        'elk.spacing.nodeNode': '28',
        'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        'elk.rectpacking.widthApproximation.strategy': 'TARGET_WIDTH',
        'elk.rectpacking.widthApproximation.targetWidth': String(2 * defaultNodeSize.aktor.width + 28),
      },
      children: group.members.map((node) => ({ id: node.id, ...sizeOf(node, input.sizes) })),
    })),
  };
  const result = await elk.layout(graph);
  let x = 0;
  for (const groupNode of result.children ?? []) {
    const children = groupNode.children ?? [];
    const width = Math.max(0, ...children.map((child) => (child.x ?? 0) + (child.width ?? 0)));
    for (const child of children) positions.set(child.id, { x: x + (child.x ?? 0), y: child.y ?? 0 });
    x += width + layoutSpacing.category;
  }
  return positions;
}

/**
 * A digital structure as a tree, left to right (ELK's tree layout along the `inneholder` edges),
 * kept where it was on the board. Nodes placed by hand stay unless the layout is full.
 */
async function layoutStructure(elk: ELK, input: LayoutInput): Promise<Map<string, DiagramPosition>> {
  const positions = new Map<string, DiagramPosition>();
  const tree = input.nodes.filter((node) => isStructureNode(node) && !node.parentId);
  if (tree.length === 0) return positions;
  const ids = new Set(tree.map((node) => node.id));
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'mrtree',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': String(treeSpacing.row),
      'elk.mrtree.weighting': 'MODEL_ORDER',
      'elk.spacing.componentComponent': String(treeSpacing.level),
    },
    children: tree.map((node) => ({ id: node.id, ...sizeOf(node, input.sizes) })),
    edges: input.edges
      .filter((edge) => edge.type === 'inneholder' && ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  });
  const origin = topLeft(tree);
  const placed = result.children ?? [];
  const left = Math.min(...placed.map((child) => child.x ?? 0));
  const top = Math.min(...placed.map((child) => child.y ?? 0));
  const pinned = new Set(tree.filter((node) => node.pinned && !input.full).map((node) => node.id));
  for (const child of placed) {
    if (pinned.has(child.id)) continue;
    positions.set(child.id, { x: Math.round(origin.x + (child.x ?? 0) - left), y: Math.round(origin.y + (child.y ?? 0) - top) });
  }
  return positions;
}
