import { useMemo } from 'react';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';

/** The lanes offered when a step's lane is edited: those in use in any variant, and every actor's name. */
export function useLaneNames(nodes: DiagramNode[]): string[] {
  return useMemo(() => {
    const names = new Set<string>();
    for (const node of nodes) {
      if ((node.type === 'prosessteg' || node.type === 'avklaringspunkt') && node.data.lane.trim()) names.add(node.data.lane.trim());
      if (node.type === 'aktor') names.add(node.data.name);
    }
    return [...names].sort((a, b) => a.localeCompare(b, 'nb'));
  }, [nodes]);
}
