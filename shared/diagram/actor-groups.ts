import type { DiagramNode, DiagramPosition, DiagramSize } from './diagram-document';
import { defaultNodeSize } from './place-node';
import type { ActorCategory } from './vocabulary';

/**
 * Inside a category group: room for its label at the top, padding around, space between actors
 * (room for a link's label between two rows).
 */
export const groupSpacing = { header: 60, padding: 24, gap: 32 } as const;

/** Columns of actors inside a category group: a few, so groups stay readable side by side. */
export function groupColumns(count: number): number {
  return Math.max(1, Math.min(4, Math.round(Math.sqrt(count / 2))));
}

type Sizes = Map<string, { width: number; height: number }> | undefined;
const sizeOf = (node: DiagramNode, sizes: Sizes): DiagramSize => sizes?.get(node.id) ?? node.size ?? defaultNodeSize[node.type];

/**
 * The group each actor category is drawn in, when the map uses groups for categories: for each
 * category the top-level group holding most of its actors (ties: the first in the document).
 * A group counts for one category only, so two categories never share one and a category never
 * gets a second.
 */
export function categoryGroups(nodes: DiagramNode[]): Map<ActorCategory, string> {
  const groups = new Set(nodes.filter((node) => node.type === 'gruppe' && !node.parentId).map((node) => node.id));
  const counts = new Map<string, Map<ActorCategory, number>>();
  for (const node of nodes) {
    if (node.type !== 'aktor' || !node.parentId || !groups.has(node.parentId)) continue;
    const perCategory = counts.get(node.parentId) ?? new Map<ActorCategory, number>();
    perCategory.set(node.data.category, (perCategory.get(node.data.category) ?? 0) + 1);
    counts.set(node.parentId, perCategory);
  }
  const candidates: Array<{ group: string; category: ActorCategory; count: number; order: number }> = [];
  const order = new Map([...groups].map((id, index) => [id, index]));
  for (const [group, perCategory] of counts) for (const [category, count] of perCategory) candidates.push({ group, category, count, order: order.get(group)! });
  candidates.sort((a, b) => b.count - a.count || a.order - b.order);
  const result = new Map<ActorCategory, string>();
  const taken = new Set<string>();
  for (const candidate of candidates) {
    if (result.has(candidate.category) || taken.has(candidate.group)) continue;
    result.set(candidate.category, candidate.group);
    taken.add(candidate.group);
  }
  return result;
}

/**
 * Where a new node of `size` goes inside a group: the first free place in the group's rows (each
 * as wide as the group), next to `near` (the actors it relates to) when given and there is room
 * there; else below what the group holds. The group grows when the node would not fit.
 * @returns the position (relative to the group) and the group's size after
 */
export function placeInGroup(
  nodes: DiagramNode[],
  group: DiagramNode,
  size: DiagramSize,
  options: { sizes?: Sizes; near?: string[] } = {},
): { position: DiagramPosition; groupSize: DiagramSize } {
  const { header, padding, gap } = groupSpacing;
  const members = nodes.filter((node) => node.parentId === group.id);
  const boxes = members.map((node) => ({ id: node.id, ...node.position, ...sizeOf(node, options.sizes) }));
  const groupSize = sizeOf(group, options.sizes);
  const innerWidth = Math.max(size.width, groupSize.width - padding * 2);
  const free = (x: number, y: number) =>
    boxes.every(
      (box) => x + size.width + gap / 2 <= box.x || box.x + box.width + gap / 2 <= x || y + size.height + gap / 2 <= box.y || box.y + box.height + gap / 2 <= y,
    );
  const bottom = Math.max(header, ...boxes.map((box) => box.y + box.height + gap));
  const step = 8;
  const candidates: DiagramPosition[] = [];
  for (let y = header; y <= bottom; y += step) {
    for (let x = padding; x + size.width <= padding + innerWidth; x += step) if (free(x, y)) candidates.push({ x, y });
  }
  const related = boxes.filter((box) => options.near?.includes(box.id));
  let position: DiagramPosition = { x: padding, y: bottom };
  if (candidates.length > 0) {
    if (related.length > 0) {
      const centre = {
        x: related.reduce((sum, box) => sum + box.x + box.width / 2, 0) / related.length,
        y: related.reduce((sum, box) => sum + box.y + box.height / 2, 0) / related.length,
      };
      const distance = (p: DiagramPosition) => Math.hypot(p.x + size.width / 2 - centre.x, p.y + size.height / 2 - centre.y);
      position = candidates.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
    } else position = candidates[0]!;
  }
  const width = Math.max(groupSize.width, position.x + size.width + padding);
  const height = Math.max(groupSize.height, position.y + size.height + padding);
  return { position, groupSize: { width, height } };
}
