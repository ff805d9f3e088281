import type { DiagramEdgeInput, DiagramNodeInput, DiagramVariant } from '../../diagram/diagram-document';
import { defaultNodeSize } from '../../diagram/place-node';
import { planPhases } from '../../diagram/vocabulary';
import type { Language } from '../../schemas/language';
import type { NamedMunicipality } from '../template-municipalities';
import type { PlanProcessContent } from './diagram-content';
import { gap, notesAbove } from './diagram-layout';

/** The id of the variant holding the region's common practice. */
export const commonVariantId = 'felles';

const slotWidth = Math.max(defaultNodeSize.prosessteg.width, defaultNodeSize.avklaringspunkt.width) + gap;
const laneHeight = Math.max(defaultNodeSize.prosessteg.height, defaultNodeSize.avklaringspunkt.height) + gap * 1.5;

/**
 * "En felles planprosess" in one language. The steps and clarification points form the common
 * practice ("felles praksis"); each member municipality gets an empty variant of its own, to be
 * filled (the editor can copy the common practice into it) and compared.
 *
 * Layout: a column per plan phase, left to right, a row (lane) per responsible actor; steps
 * sharing a phase and lane sit side by side in the order written.
 */
export function buildPlanProcess(
  content: PlanProcessContent,
  language: Language,
  municipalities: readonly NamedMunicipality[],
): { variants: DiagramVariant[]; nodes: DiagramNodeInput[]; edges: DiagramEdgeInput[] } {
  const laneRow = new Map(content.lanes.map((lane, row) => [lane.key, row]));
  const laneName = new Map(content.lanes.map((lane) => [lane.key, lane.name[language]]));
  // How many slots each phase needs: the most steps any one lane has in it.
  const slots = planPhases.map((phase) => {
    const perLane = new Map<string, number>();
    for (const node of content.nodes) if (node.phase === phase) perLane.set(node.lane, (perLane.get(node.lane) ?? 0) + 1);
    return Math.max(1, ...perLane.values());
  });
  const phaseX = planPhases.map((_, index) => slots.slice(0, index).reduce((sum, count) => sum + count * slotWidth + gap, 0));
  const used = new Map<string, number>();

  const nodes: DiagramNodeInput[] = [...notesAbove(content.notes, language)];
  for (const node of content.nodes) {
    const phaseIndex = planPhases.indexOf(node.phase);
    const cell = `${node.phase}/${node.lane}`;
    const slot = used.get(cell) ?? 0;
    used.set(cell, slot + 1);
    const position = { x: (phaseX[phaseIndex] ?? 0) + slot * slotWidth, y: (laneRow.get(node.lane) ?? 0) * laneHeight };
    const lane = laneName.get(node.lane) ?? '';
    if (node.kind === 'step') {
      nodes.push({
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
      });
    } else {
      nodes.push({
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
      });
    }
  }
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
