import type { ELK } from 'elkjs/lib/elk-api.js';
import { categoryGroups, groupColumns, groupSpacing } from '../../../../../shared/diagram/actor-groups';
import type { DiagramNode, DiagramPosition, DiagramSize } from '../../../../../shared/diagram/diagram-document';
import { absoluteBox, defaultNodeSize } from '../../../../../shared/diagram/place-node';
import { actorCategories } from '../../../../../shared/diagram/vocabulary';
import type { LayoutChanges } from '../model/diagram-actions';
import { layoutDiagram, layoutSpacing, type LayoutInput } from './layout-diagram';

type Actor = Extract<DiagramNode, { type: 'aktor' }>;

/**
 * "Ordne automatisk": lays the diagram out and says what to change. An actor map that draws its
 * categories as groups is arranged inside them: each actor goes into its category's group (never a
 * second group for a category), actors are packed in rows with no overlaps using their measured
 * sizes, each group is sized to its content, and the groups stand side by side. Anything placed by
 * hand stays where it is, unless `full`. Other diagrams are laid out by `layoutDiagram`.
 */
export async function arrangeDiagram(elk: ELK, input: LayoutInput): Promise<LayoutChanges> {
  const unpin = input.full === true;
  const groups = input.diagramType === 'aktorkart' ? categoryGroups(input.nodes) : new Map();
  if (groups.size === 0) return { positions: await layoutDiagram(elk, input), sizes: new Map(), parents: new Map(), unpin };

  const sizeOf = (node: DiagramNode): DiagramSize => input.sizes?.get(node.id) ?? node.size ?? defaultNodeSize[node.type];
  const byId = new Map(input.nodes.map((node) => [node.id, node]));
  const categoryGroupIds = new Set(groups.values());
  const positions = new Map<string, DiagramPosition>();
  const sizes = new Map<string, DiagramSize>();
  const parents = new Map<string, string | null>();
  const kept = (node: DiagramNode) => !unpin && node.pinned === true;
  const { header, padding, gap } = groupSpacing;

  // Each category's group gets its actors: those already in it, those with no group, and those in
  // another category's group (their category was changed). Actors in groups people made stay there.
  const placedGroups: Array<{ group: DiagramNode; size: DiagramSize }> = [];
  for (const category of actorCategories) {
    const groupId = groups.get(category);
    if (!groupId) continue;
    const group = byId.get(groupId)!;
    const members = input.nodes.filter(
      (node): node is Actor => node.type === 'aktor' && node.data.category === category && (!node.parentId || categoryGroupIds.has(node.parentId)),
    );
    const fixed = members.filter((node) => node.parentId === groupId && kept(node));
    const free = members
      .filter((node) => !fixed.includes(node))
      .sort((a, b) => b.data.influence - a.data.influence || b.data.interest - a.data.interest || a.data.name.localeCompare(b.data.name, 'nb'));
    for (const node of free) if (node.parentId !== groupId) parents.set(node.id, groupId);
    const boxes = fixed.map((node) => ({ ...node.position, ...sizeOf(node) }));
    const columns = groupColumns(members.length);
    const columnWidth = Math.max(defaultNodeSize.aktor.width, ...members.map((node) => sizeOf(node).width));
    const overlapsFixed = (x: number, y: number, size: DiagramSize) =>
      boxes.some((box) => x < box.x + box.width + gap && box.x < x + size.width + gap && y < box.y + box.height + gap && box.y < y + size.height + gap);
    let column = 0;
    let rowTop = header;
    let rowHeight = 0;
    for (const node of free) {
      const size = sizeOf(node);
      for (let guard = 0; guard < 10_000; guard++) {
        const x = padding + column * (columnWidth + gap);
        if (!overlapsFixed(x, rowTop, size)) break;
        column += 1;
        if (column >= columns) {
          column = 0;
          rowTop += Math.max(rowHeight, 8) + gap;
          rowHeight = 0;
        }
      }
      const position = { x: padding + column * (columnWidth + gap), y: rowTop };
      positions.set(node.id, position);
      boxes.push({ ...position, ...size });
      rowHeight = Math.max(rowHeight, size.height);
      column += 1;
      if (column >= columns) {
        column = 0;
        rowTop += rowHeight + gap;
        rowHeight = 0;
      }
    }
    const width = Math.max(padding * 2 + columns * columnWidth + (columns - 1) * gap, ...boxes.map((box) => box.x + box.width + padding));
    const height = Math.max(header + padding, ...boxes.map((box) => box.y + box.height + padding));
    sizes.set(groupId, { width, height });
    placedGroups.push({ group, size: { width, height } });
  }

  // The groups side by side, in the order of the categories, from where the first one stands.
  const top = Math.min(...placedGroups.map(({ group }) => group.position.y));
  let x = Math.min(...placedGroups.map(({ group }) => group.position.x));
  for (const { group, size } of placedGroups) {
    if (kept(group)) {
      x = Math.max(x, group.position.x + size.width + layoutSpacing.category);
      continue;
    }
    positions.set(group.id, { x, y: top });
    x += size.width + layoutSpacing.category;
  }

  // What is left outside the groups (actors of a category with no group, steps, …) goes to the right.
  const rest = input.nodes.filter(
    (node) => !node.parentId && node.type !== 'gruppe' && node.type !== 'fritekst' && !(node.type === 'aktor' && groups.has(node.data.category)),
  );
  if (rest.length > 0) {
    const restPositions = await layoutDiagram(elk, { ...input, nodes: rest });
    const left = Math.min(...[...restPositions.values()].map((position) => position.x));
    for (const [id, position] of restPositions)
      positions.set(id, { x: position.x - left + x, y: position.y - Math.min(...[...restPositions.values()].map((p) => p.y)) + top });
  }
  // A note the groups now cover moves above them.
  for (const node of input.nodes) {
    if (node.type !== 'fritekst' || node.parentId || kept(node)) continue;
    const box = absoluteBox(node, byId);
    const covered = placedGroups.some(({ group, size }) => {
      const at = positions.get(group.id) ?? group.position;
      return box.x < at.x + size.width && at.x < box.x + box.width && box.y < at.y + size.height && at.y < box.y + box.height;
    });
    if (covered) positions.set(node.id, { x: box.x, y: top - box.height - layoutSpacing.category });
  }
  return { positions, sizes, parents, unpin };
}
