import type { DiagramEdge, DiagramNode } from '../../shared/diagram/diagram-document';
import { planPhases } from '../../shared/diagram/vocabulary';

/**
 * A plan-process flow of `size` steps shaped like real ones: seven phases in order, eight
 * responsible actors (lanes), parallel branches inside phases, every tenth step a clarification
 * point with an alternative path, and some loops back. Deterministic for a given size.
 */
export function generateProcess(size: number): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  let seed = size * 7919;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const edge = (type: DiagramEdge['type'], source: string, target: string) =>
    edges.push({ id: `e${edges.length}`, type, source, target, variantId: null, data: { label: '' } });
  let previous: string[] = [];
  for (let index = 0; index < size; index++) {
    const phase = planPhases[Math.min(planPhases.length - 1, Math.floor((index / size) * planPhases.length))]!;
    const id = `n${index}`;
    const decision = index % 10 === 9;
    nodes.push(
      decision
        ? {
            id,
            type: 'avklaringspunkt',
            position: { x: random() * 2000, y: random() * 2000 },
            variantId: null,
            data: { question: `Avklaring ${index}`, decidedBy: '', phase, lane: `Aktør ${index % 8}`, note: '' },
          }
        : {
            id,
            type: 'prosessteg',
            position: { x: random() * 2000, y: random() * 2000 },
            variantId: null,
            data: { title: `Steg ${index}`, phase, lane: `Aktør ${Math.floor(random() * 8)}`, legalRef: '', deadline: '', description: '' },
          },
    );
    // Up to three parallel branches run side by side and join again.
    const from = previous.length > 0 ? previous[Math.floor(random() * previous.length)]! : null;
    if (from) edge('sekvens', from, id);
    if (decision && index > 20) edge('alternativ', id, `n${index - 1 - Math.floor(random() * 5)}`);
    if (index % 37 === 36) edge('tilbakelop', id, `n${index - 10}`);
    previous = random() < 0.3 && previous.length < 3 ? [...previous, id] : [id];
  }
  return { nodes, edges };
}
