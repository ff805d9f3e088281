import { describe, expect, it } from 'vitest';
import type { DiagramNode } from './diagram-document';
import { absoluteBox, placeNewNode } from './place-node';

const actor = (id: string, category: string, x: number, y: number) =>
  ({
    id,
    type: 'aktor',
    position: { x, y },
    data: { name: id, category, role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
  }) as DiagramNode;
const stepNode = (id: string, phase: string, lane: string, x: number, y: number) =>
  ({
    id,
    type: 'prosessteg',
    position: { x, y },
    variantId: null,
    data: { title: id, phase, lane, legalRef: '', deadline: '', description: '' },
  }) as DiagramNode;

describe('placing a new node', () => {
  it('puts an actor below the others of its category without overlapping anything', () => {
    const nodes = [actor('a', 'statlig', 0, 0), actor('b', 'statlig', 0, 130), actor('c', 'regionalt', 400, 0)];
    const at = placeNewNode(nodes, { type: 'aktor', category: 'statlig' });
    expect(at.x).toBe(0);
    expect(at.y).toBeGreaterThan(130 + 84);
    const box = { ...at, width: 200, height: 84 };
    for (const node of nodes) {
      const other = absoluteBox(node, new Map());
      expect(box.y >= other.y + other.height || box.y + box.height <= other.y || box.x >= other.x + other.width || box.x + box.width <= other.x).toBe(true);
    }
  });

  it('puts a step in its lane and after the earlier phases', () => {
    const nodes = [stepNode('s1', 'forarbeid', 'Forslagsstiller', 0, 0), stepNode('s2', 'oppstart', 'Kommunen', 300, 200)];
    const at = placeNewNode(nodes, { type: 'prosessteg', phase: 'planforslag', lane: 'Forslagsstiller', variantId: null });
    expect(at.y).toBe(0);
    expect(at.x).toBeGreaterThan(500);
    const sameCell = placeNewNode(nodes, { type: 'prosessteg', phase: 'oppstart', lane: 'Kommunen', variantId: null });
    expect(sameCell).toEqual({ x: 540, y: 200 });
  });
});
