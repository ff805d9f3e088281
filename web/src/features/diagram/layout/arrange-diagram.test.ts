import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { categoryGroups } from '../../../../../shared/diagram/actor-groups';
import { diagramEdgeSchema, diagramNodeSchema, type DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { overlappingNodes } from '../../../../../shared/diagram/overlaps';
import { actorCategories } from '../../../../../shared/diagram/vocabulary';
import { arrangeDiagram } from './arrange-diagram';
import { layoutDiagram } from './layout-diagram';

const elk = new ELK();
const node = (input: unknown): DiagramNode => diagramNodeSchema.parse(input);

/** Applies what the layout decided to a copy of the nodes. */
function applied(nodes: DiagramNode[], changes: Awaited<ReturnType<typeof arrangeDiagram>>): DiagramNode[] {
  return nodes.map((item) => ({
    ...item,
    parentId: changes.parents.has(item.id) ? changes.parents.get(item.id) : item.parentId,
    position: changes.positions.get(item.id) ?? item.position,
    size: changes.sizes.get(item.id) ?? item.size,
  }));
}

describe('arranging an actor map with category groups', () => {
  const groups = actorCategories.map((category, index) =>
    node({ id: `g-${category}`, type: 'gruppe', position: { x: index * 300, y: 0 }, size: { width: 260, height: 300 }, data: { label: category } }),
  );
  const actors = Array.from({ length: 40 }, (_, n) =>
    node({
      id: `a${n}`,
      type: 'aktor',
      parentId: `g-${actorCategories[n % 4]}`,
      position: { x: 30, y: 60 + n * 5 },
      data: { name: `Aktør ${n}`, category: actorCategories[n % 4] },
    }),
  );
  // Tall, measured nodes: the layout must use these, not the default size.
  const sizes = new Map(actors.map((actor) => [actor.id, { width: 210, height: 150 }]));

  it('packs each category inside its own group, sized to fit, with no overlaps and no new group', async () => {
    const stray = node({ id: 'stray', type: 'aktor', position: { x: 2000, y: 2000 }, data: { name: 'Ny', category: 'eksternt' } });
    const moved = node({ ...actors[0]!, id: 'moved', data: { ...actors[0]!.data, category: 'statlig' } });
    const nodes = [...groups, ...actors, stray, moved];
    const changes = await arrangeDiagram(elk, {
      diagramType: 'aktorkart',
      nodes,
      edges: [],
      sizes: new Map([...sizes, ['stray', { width: 200, height: 90 }], ['moved', { width: 200, height: 90 }]]),
    });
    const after = applied(nodes, changes);
    expect(changes.parents.get('stray')).toBe('g-eksternt');
    expect(changes.parents.get('moved')).toBe('g-statlig');
    expect(overlappingNodes(after, sizes)).toEqual([]);
    expect(after.filter((item) => item.type === 'gruppe')).toHaveLength(4);
    expect(categoryGroups(after).size).toBe(4);
    for (const item of after) {
      if (item.type !== 'aktor') continue;
      const group = after.find((candidate) => candidate.id === item.parentId)!;
      const size = sizes.get(item.id) ?? { width: 200, height: 90 };
      expect(item.position.x + size.width).toBeLessThanOrEqual(group.size!.width);
      expect(item.position.y + size.height).toBeLessThanOrEqual(group.size!.height);
    }
  });

  it('leaves an actor placed by hand where it is, unless the layout is full', async () => {
    const pinned = { ...actors[4]!, position: { x: 40, y: 900 }, pinned: true } as DiagramNode;
    const nodes = [...groups, ...actors.filter((actor) => actor.id !== 'a4'), pinned];
    const kept = await arrangeDiagram(elk, { diagramType: 'aktorkart', nodes, edges: [], sizes });
    expect(kept.positions.has('a4')).toBe(false);
    expect(overlappingNodes(applied(nodes, kept), sizes)).toEqual([]);
    const full = await arrangeDiagram(elk, { diagramType: 'aktorkart', nodes, edges: [], sizes, full: true });
    expect(full.positions.get('a4')).not.toEqual({ x: 40, y: 900 });
    expect(full.unpin).toBe(true);
  });
});

describe('laying out a digital structure', () => {
  it('draws the folders as a tree, left to right, without overlaps', async () => {
    const folder = (id: string) => node({ id, type: 'mappe', position: { x: 0, y: 0 }, data: { name: id } });
    const document = (id: string) => node({ id, type: 'dokument', position: { x: 0, y: 0 }, data: { name: id } });
    const nodes = [folder('rom'), folder('a'), folder('b'), document('a1'), document('a2'), document('b1')];
    const edges = [
      ['rom', 'a'],
      ['rom', 'b'],
      ['a', 'a1'],
      ['a', 'a2'],
      ['b', 'b1'],
    ].map(([source, target]) => diagramEdgeSchema.parse({ id: `${source}-${target}`, type: 'inneholder', source, target }));
    const positions = await layoutDiagram(elk, { diagramType: 'struktur', nodes, edges });
    const at = (id: string) => positions.get(id)!;
    expect(at('rom').x).toBeLessThan(at('a').x);
    expect(at('a').x).toBeLessThan(at('a1').x);
    const placed = nodes.map((item) => ({ ...item, position: at(item.id) }));
    expect(overlappingNodes(placed)).toEqual([]);
  });
});
