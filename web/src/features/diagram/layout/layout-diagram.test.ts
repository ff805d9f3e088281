import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { planPhases, type PlanPhase } from '../../../../../shared/diagram/vocabulary';
import { layoutDiagram } from './layout-diagram';

// Tests run ELK in-process; the editor always runs it in its worker (elk-engine.ts).
const elk = new ELK();

const step = (id: string, phase: PlanPhase, lane: string): DiagramNode => ({
  id,
  type: 'prosessteg',
  position: { x: Math.random() * 1000, y: Math.random() * 1000 },
  variantId: null,
  data: { title: id, phase, lane, legalRef: '', deadline: '', description: '' },
});
const seq = (source: string, target: string): DiagramEdge => ({ id: `${source}-${target}`, type: 'sekvens', source, target, data: { label: '' } });

describe('automatic layout', () => {
  it('lays a process out left to right by phase with one lane per responsible actor', async () => {
    const nodes = [
      step('a', 'forarbeid', 'Forslagsstiller'),
      step('b', 'oppstart', 'Planadministrasjonen'),
      step('c', 'oppstart', 'forslagsstiller '),
      step('d', 'planforslag', 'Forslagsstiller'),
      step('e', 'horing', 'Statsforvalteren'),
      step('f', 'horing', ''),
    ];
    const edges = [seq('a', 'b'), seq('b', 'c'), seq('c', 'd'), seq('d', 'e'), { ...seq('e', 'b'), type: 'tilbakelop' as const }];
    const positions = await layoutDiagram(elk, { diagramType: 'planprosess', nodes, edges });
    const at = (id: string) => positions.get(id)!;
    // Phases go left to right, and within a phase the sequence does too.
    expect(at('a').x).toBeLessThan(at('b').x);
    expect(at('b').x).toBeLessThan(at('c').x);
    expect(at('c').x).toBeLessThan(at('d').x);
    expect(at('d').x).toBeLessThan(at('e').x);
    // One row per lane: a, c and d share the proposer's lane; others have their own rows.
    expect(new Set([at('a').y, at('c').y, at('d').y]).size).toBe(1);
    expect(at('b').y).not.toBe(at('a').y);
    expect(at('e').y).not.toBe(at('b').y);
    // The step without a responsible actor goes in the last lane.
    expect(at('f').y).toBeGreaterThan(Math.max(at('a').y, at('b').y, at('e').y));
  });

  it('groups an actor map by category, one column each', async () => {
    const actor = (id: string, category: string, influence: number): DiagramNode => ({
      id,
      type: 'aktor',
      position: { x: 0, y: 0 },
      data: { name: id, category: category as 'statlig', role: '', interest: 3, influence, phases: [], contact: '', note: '' },
    });
    const nodes = [actor('k1', 'internt', 2), actor('s1', 'statlig', 5), actor('s2', 'statlig', 2), actor('s3', 'statlig', 4), actor('e1', 'eksternt', 1)];
    const positions = await layoutDiagram(elk, { diagramType: 'aktorkart', nodes, edges: [] });
    const at = (id: string) => positions.get(id)!;
    expect(at('k1').x).toBeLessThan(at('s1').x);
    expect(Math.max(at('s1').x, at('s2').x, at('s3').x)).toBeLessThan(at('e1').x);
    expect(at('s1').y).toBeLessThanOrEqual(at('s2').y);
  });

  // Its speed is measured by `npm run bench -- diagram-layout`, not asserted here.
  it('lays out a 1,000-node process', async () => {
    const nodes: DiagramNode[] = [];
    const edges: DiagramEdge[] = [];
    for (let i = 0; i < 1000; i++) {
      nodes.push(step(`n${i}`, planPhases[Math.floor((i / 1000) * planPhases.length)]!, `Aktør ${i % 8}`));
      if (i > 0) edges.push(seq(`n${i - 1}`, `n${i}`));
    }
    const positions = await layoutDiagram(elk, { diagramType: 'planprosess', nodes, edges });
    expect(positions.size).toBe(1000);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(1000);
  });
});
