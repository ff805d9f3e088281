import type { DiagramEdgeInput, DiagramNode, DiagramNodeInput, DiagramVariant } from '../../diagram/diagram-document';
import { defaultNodeSize, estimatedNodeSize } from '../../diagram/place-node';
import { planPhases } from '../../diagram/vocabulary';
import type { Language } from '../../schemas/language';
import type { NamedMunicipality } from '../template-municipalities';
import type { PlanProcessContent } from './diagram-content';
import { gap, notesAbove } from './diagram-layout';

/** The id of the variant holding the region's common practice. */
export const commonVariantId = 'felles';

const slotWidth = Math.max(defaultNodeSize.prosessteg.width, defaultNodeSize.avklaringspunkt.width) + gap;
const laneGap = gap * 1.5;

type ProcessNode = Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }>;

/**
 * "En felles planprosess" in one language. The steps and clarification points form the common
 * practice ("felles praksis"); each member municipality gets an empty variant of its own, to be
 * filled (the editor can copy the common practice into it) and compared.
 *
 * Layout: a column per plan phase, left to right, a row (lane) per responsible actor; steps
 * sharing a phase and lane sit side by side in the order written. Each lane is as tall as its
 * tallest node's texts need, so a step with a long deadline does not reach into the lane below.
 */
export function buildPlanProcess(
  content: PlanProcessContent,
  language: Language,
  municipalities: readonly NamedMunicipality[],
): { variants: DiagramVariant[]; nodes: DiagramNodeInput[]; edges: DiagramEdgeInput[] } {
  const laneName = new Map(content.lanes.map((lane) => [lane.key, lane.name[language]]));
  // How many slots each phase needs: the most steps any one lane has in it.
  const slots = planPhases.map((phase) => {
    const perLane = new Map<string, number>();
    for (const node of content.nodes) if (node.phase === phase) perLane.set(node.lane, (perLane.get(node.lane) ?? 0) + 1);
    return Math.max(1, ...perLane.values());
  });
  const phaseX = planPhases.map((_, index) => slots.slice(0, index).reduce((sum, count) => sum + count * slotWidth + gap, 0));
  const used = new Map<string, number>();

  // Each lane's top is known once its nodes are built: they are placed at y 0 first (below).
  const process: Array<{ lane: string; node: ProcessNode }> = content.nodes.map((node) => {
    const phaseIndex = planPhases.indexOf(node.phase);
    const cell = `${node.phase}/${node.lane}`;
    const slot = used.get(cell) ?? 0;
    used.set(cell, slot + 1);
    const position = { x: (phaseX[phaseIndex] ?? 0) + slot * slotWidth, y: 0 };
    const lane = laneName.get(node.lane) ?? '';
    if (node.kind === 'step') {
      return {
        lane: node.lane,
        node: {
          id: node.key,
          type: 'prosessteg',
          position,
          variantId: commonVariantId,
          data: {
            title: node.title[language],
            phase: node.phase,
            lane,
            legalRef: node.legalRef?.[language] ?? '',
            deadline: node.deadline?.[language] ?? '',
            description: node.description?.[language] ?? '',
          },
        },
      };
    }
    return {
      lane: node.lane,
      node: {
        id: node.key,
        type: 'avklaringspunkt',
        position,
        variantId: commonVariantId,
        data: {
          question: node.question[language],
          decidedBy: node.decidedBy?.[language] ?? '',
          phase: node.phase,
          lane,
          note: node.note?.[language] ?? '',
        },
      },
    };
  });
  const laneTop = lanesTop(content.lanes, process);
  for (const { lane, node } of process) node.position = { x: node.position.x, y: laneTop.get(lane) ?? 0 };
  const nodes: DiagramNodeInput[] = [...notesAbove(content.notes, language), ...process.map(({ node }) => node)];
  const edges: DiagramEdgeInput[] = content.edges.map((edge) => ({
    id: edge.key,
    type: edge.type,
    source: edge.from,
    target: edge.to,
    variantId: commonVariantId,
    data: { label: edge.label?.[language] ?? '' },
  }));
  const variants: DiagramVariant[] = [
    { id: commonVariantId, name: content.commonVariantName[language], municipalityId: null, isCommon: true },
    ...municipalities.map((municipality, index) => ({
      id: `kommune-${index + 1}`,
      name: municipality.name,
      municipalityId: municipality.id,
      isCommon: false,
    })),
  ];
  return { variants, nodes, edges };
}

/** Where each lane's top edge goes: below the lane above, which is as tall as its tallest node is drawn. */
function lanesTop(lanes: PlanProcessContent['lanes'], process: ReadonlyArray<{ lane: string; node: ProcessNode }>): Map<string, number> {
  const tallest = new Map<string, number>();
  for (const { lane, node } of process) tallest.set(lane, Math.max(tallest.get(lane) ?? 0, estimatedNodeSize(node).height));
  const top = new Map<string, number>();
  let y = 0;
  for (const lane of lanes) {
    top.set(lane.key, y);
    y += Math.max(defaultNodeSize.prosessteg.height, defaultNodeSize.avklaringspunkt.height, tallest.get(lane.key) ?? 0) + laneGap;
  }
  return top;
}
