import type { DiagramEdge, DiagramNode, DiagramPosition } from './diagram-document';
import { estimatedNodeSize } from './place-node';

/** The nodes a digital structure is made of: folders (and channels) and documents. */
export const isStructureNode = (node: DiagramNode): node is Extract<DiagramNode, { type: 'mappe' | 'dokument' }> =>
  node.type === 'mappe' || node.type === 'dokument';

/**
 * Space of the tree: between levels (left to right) and between rows. Between levels there is
 * room for a link's label ("inneholder") beside the line that joins a folder to what it holds.
 */
export const treeSpacing = { level: 100, row: 18 } as const;

/**
 * The folder tree of a digital structure: for each folder what it holds (along `inneholder` edges),
 * and the roots (what no folder holds), in document order. A node held twice keeps its first folder,
 * and a ring of folders is broken, so the result is always a tree.
 */
export function structureTree(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
): { roots: string[]; children: Map<string, string[]>; parent: Map<string, string> } {
  const ids = new Set(nodes.filter(isStructureNode).map((node) => node.id));
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.type !== 'inneholder' || !ids.has(edge.source) || !ids.has(edge.target) || parent.has(edge.target) || edge.source === edge.target) continue;
    // Refuse an edge that would make a ring (the target above the source).
    let ring = false;
    for (let at: string | undefined = edge.source; at !== undefined; at = parent.get(at)) {
      if (at === edge.target) {
        ring = true;
        break;
      }
    }
    if (ring) continue;
    parent.set(edge.target, edge.source);
    const list = children.get(edge.source);
    if (list) list.push(edge.target);
    else children.set(edge.source, [edge.target]);
  }
  const roots = nodes.filter((node) => ids.has(node.id) && !parent.has(node.id)).map((node) => node.id);
  return { roots, children, parent };
}

/**
 * A tidy left-to-right tree: each level a column, each leaf a row, a folder beside the middle of
 * what it holds. Used where ELK is not at hand (templates, migrating old boards); the editor's
 * "Ordne automatisk" uses ELK's tree layout.
 * @param origin where the tree's top-left corner goes
 */
export function layoutStructureTree(
  nodes: DiagramNode[],
  edges: DiagramEdge[],
  origin: DiagramPosition = { x: 0, y: 0 },
  sizes?: Map<string, { width: number; height: number }>,
): Map<string, DiagramPosition> {
  const { roots, children } = structureTree(nodes, edges);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const sizeOf = (id: string) => {
    const node = byId.get(id)!;
    return sizes?.get(id) ?? estimatedNodeSize(node);
  };
  // Column widths per depth, so every level lines up.
  const depthWidth: number[] = [];
  const measure = (id: string, depth: number) => {
    depthWidth[depth] = Math.max(depthWidth[depth] ?? 0, sizeOf(id).width);
    for (const child of children.get(id) ?? []) measure(child, depth + 1);
  };
  roots.forEach((root) => measure(root, 0));
  const columnX: number[] = [];
  depthWidth.reduce((x, width, depth) => ((columnX[depth] = x), x + width + treeSpacing.level), origin.x);

  const positions = new Map<string, DiagramPosition>();
  let nextY = origin.y;
  const place = (id: string, depth: number): { top: number; bottom: number } => {
    const size = sizeOf(id);
    const held = children.get(id) ?? [];
    if (held.length === 0) {
      positions.set(id, { x: columnX[depth]!, y: nextY });
      nextY += size.height + treeSpacing.row;
      return { top: nextY - size.height - treeSpacing.row, bottom: nextY - treeSpacing.row };
    }
    const start = nextY;
    const spans = held.map((child) => place(child, depth + 1));
    const middle = (spans[0]!.top + spans.at(-1)!.bottom) / 2;
    const y = Math.max(start, middle - size.height / 2);
    positions.set(id, { x: columnX[depth]!, y });
    // A folder taller than what it holds pushes the next rows down.
    nextY = Math.max(nextY, y + size.height + treeSpacing.row);
    return { top: Math.min(start, y), bottom: Math.max(spans.at(-1)!.bottom, y + size.height) };
  };
  for (const root of roots) {
    place(root, 0);
    nextY += treeSpacing.row * 2;
  }
  for (const [id, position] of positions) positions.set(id, { x: Math.round(position.x), y: Math.round(position.y) });
  return positions;
}
