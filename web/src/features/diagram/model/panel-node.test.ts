import { describe, expect, it } from 'vitest';
import { panelNodeId } from './panel-node';

const edges = [
  { id: 'e1', source: 'start', target: 'oppstart' },
  { id: 'e2', source: 'oppstart', target: 'vedtak' },
];
const selected = (nodes: string[], links: string[] = []) => ({ nodes: new Set(nodes), edges: new Set(links) });

describe('the node the side panel is about', () => {
  it('is the selected node, or the first chosen of several', () => {
    expect(panelNodeId(selected(['oppstart']), edges)).toBe('oppstart');
    expect(panelNodeId(selected(['vedtak', 'start'], ['e1']), edges)).toBe('vedtak');
  });

  it('is the node a selected link starts from, when only the link is selected', () => {
    expect(panelNodeId(selected([], ['e2']), edges)).toBe('oppstart');
  });

  it('is none when nothing is selected, or the link is not shown', () => {
    expect(panelNodeId(selected([]), edges)).toBeNull();
    expect(panelNodeId(selected([], ['gone']), edges)).toBeNull();
  });
});
