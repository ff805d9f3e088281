import { describe, expect, it } from 'vitest';
import { deletionSummary } from './deletion-summary';

const link = (id: string, source: string, target: string) => ({ id, source, target });

describe('what a deletion with the Delete key is told as', () => {
  it('names the one node deleted, also when its links went with it', () => {
    expect(deletionSummary(['start'], [])).toEqual({ count: 1, onlyNodeId: 'start' });
    expect(deletionSummary(['start'], [link('e1', 'start', 'b'), link('e2', 'c', 'start')])).toEqual({ count: 1, onlyNodeId: 'start' });
  });

  it('counts the nodes and the links chosen, not the links that went with their node', () => {
    expect(deletionSummary(['a', 'b'], [link('e1', 'a', 'b'), link('e2', 'a', 'c')])).toEqual({ count: 2, onlyNodeId: null });
    expect(deletionSummary(['a'], [link('e1', 'a', 'b'), link('e2', 'c', 'd')])).toEqual({ count: 2, onlyNodeId: null });
  });

  it('counts a link deleted on its own, and tells nothing when nothing went', () => {
    expect(deletionSummary([], [link('e1', 'a', 'b')])).toEqual({ count: 1, onlyNodeId: null });
    expect(deletionSummary([], [])).toBeNull();
  });
});
