import { describe, expect, it } from 'vitest';
import { diagramNodeSchema, type DiagramNode } from './diagram-document';
import { overlappingNodes } from './overlaps';

const node = (input: unknown): DiagramNode => diagramNodeSchema.parse(input);
const actor = (id: string, x: number, y: number, parentId?: string) =>
  node({ id, type: 'aktor', position: { x, y }, parentId, data: { name: id, category: 'statlig' } });

describe('overlappingNodes', () => {
  it('finds actors drawn on top of each other, with their measured sizes', () => {
    const nodes = [actor('a', 0, 0), actor('b', 0, 100)];
    expect(overlappingNodes(nodes)).toEqual([]);
    expect(overlappingNodes(nodes, new Map([['a', { width: 200, height: 140 }]]))).toEqual([['a', 'b']]);
  });

  it('does not count a node inside its own group, but does count one over another group', () => {
    const group = (id: string, x: number) => node({ id, type: 'gruppe', position: { x, y: 0 }, size: { width: 300, height: 300 }, data: { label: id } });
    const nodes = [group('g1', 0), group('g2', 400), actor('inside', 20, 60, 'g1'), actor('astray', 450, 60)];
    expect(overlappingNodes(nodes)).toEqual([['g2', 'astray']]);
  });
});
