import { groupColumns, groupSpacing } from '../../diagram/actor-groups';
import { defaultNodeSize, estimatedNodeSize } from '../../diagram/place-node';
import type { ActorData, DiagramEdgeInput, DiagramNodeInput } from '../../diagram/diagram-document';
import { actorCategories } from '../../diagram/vocabulary';
import type { Language } from '../../schemas/language';
import type { ActorMapContent } from './diagram-content';
import { gap, notesAbove } from './diagram-layout';

/** The id of a category's group node. */
export const categoryGroupId = (category: string) => `kategori-${category}`;

/**
 * "Regionens aktørkart" in one language: a group per actor category, side by side, with that
 * category's actors inside it in rows spaced for their labels (as "Ordne automatisk" would place
 * them); the typical relations between them; the notes above.
 */
export function buildActorMap(content: ActorMapContent, language: Language): { nodes: DiagramNodeInput[]; edges: DiagramEdgeInput[] } {
  const nodes: DiagramNodeInput[] = [...notesAbove(content.notes, language)];
  const { header, padding, gap: inner } = groupSpacing;
  let x = 0;
  for (const category of actorCategories) {
    const actors = content.actors.filter((actor) => actor.category === category);
    const groupId = categoryGroupId(category);
    const built = actors.map((actor): Extract<DiagramNodeInput, { type: 'aktor' }> => ({
      id: actor.key,
      type: 'aktor',
      parentId: groupId,
      position: { x: padding, y: 0 },
      data: {
        name: actor.name[language],
        category: actor.category,
        role: actor.role[language],
        interest: actor.interest,
        influence: actor.influence,
        phases: [...actor.phases],
        note: actor.note?.[language] ?? '',
        contact: '',
      },
    }));
    // Two columns, as "Ordne automatisk" packs them; each row as tall as its tallest label needs.
    const columns = groupColumns(built.length);
    const width = defaultNodeSize.aktor.width;
    let top = header;
    for (let row = 0; row * columns < built.length; row++) {
      const inRow = built.slice(row * columns, row * columns + columns);
      const height = Math.max(...inRow.map((node) => estimatedNodeSize({ type: 'aktor', data: node.data as ActorData }).height));
      inRow.forEach((node, column) => (node.position = { x: padding + column * (width + inner), y: top }));
      top += height + inner;
    }
    const groupWidth = padding * 2 + columns * width + (columns - 1) * inner;
    nodes.push({
      id: groupId,
      type: 'gruppe',
      position: { x, y: 0 },
      size: { width: groupWidth, height: top - inner + padding },
      data: { label: content.categoryLabels[category][language] },
    });
    nodes.push(...built);
    x += groupWidth + gap * 2;
  }
  const edges: DiagramEdgeInput[] = content.relations.map((relation) => ({
    id: relation.key,
    type: 'relasjon',
    source: relation.from,
    target: relation.to,
    data: { relation: relation.relation, label: relation.label?.[language] ?? '' },
  }));
  return { nodes, edges };
}
