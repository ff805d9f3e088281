import { defaultNodeSize } from '../../diagram/place-node';
import type { DiagramEdgeInput, DiagramNodeInput } from '../../diagram/diagram-document';
import { actorCategories } from '../../diagram/vocabulary';
import type { Language } from '../../schemas/language';
import type { ActorMapContent } from './diagram-content';
import { gap, notesAbove } from './diagram-layout';

const groupPadding = 30;
const groupHeader = 60;

/** The id of a category's group node. */
export const categoryGroupId = (category: string) => `kategori-${category}`;

/**
 * "Regionens aktørkart" in one language: a group per actor category, side by side, with that
 * category's actors stacked inside it; the typical relations between them; the notes above.
 */
export function buildActorMap(content: ActorMapContent, language: Language): { nodes: DiagramNodeInput[]; edges: DiagramEdgeInput[] } {
  const actorSize = defaultNodeSize.aktor;
  const groupWidth = actorSize.width + groupPadding * 2;
  const nodes: DiagramNodeInput[] = [...notesAbove(content.notes, language)];
  actorCategories.forEach((category, column) => {
    const actors = content.actors.filter((actor) => actor.category === category);
    const groupId = categoryGroupId(category);
    const height = groupHeader + actors.length * (actorSize.height + gap / 2) + groupPadding;
    nodes.push({
      id: groupId,
      type: 'gruppe',
      position: { x: column * (groupWidth + gap * 2), y: 0 },
      size: { width: groupWidth, height },
      data: { label: content.categoryLabels[category][language] },
    });
    actors.forEach((actor, row) => {
      nodes.push({
        id: actor.key,
        type: 'aktor',
        parentId: groupId,
        position: { x: groupPadding, y: groupHeader + row * (actorSize.height + gap / 2) },
        data: {
          name: actor.name[language],
          category: actor.category,
          role: actor.role[language],
          interest: actor.interest,
          influence: actor.influence,
          phases: [...actor.phases],
          note: actor.note?.[language] ?? '',
        },
      });
    });
  });
  const edges: DiagramEdgeInput[] = content.relations.map((relation) => ({
    id: relation.key,
    type: 'relasjon',
    source: relation.from,
    target: relation.to,
    data: { relation: relation.relation, label: relation.label?.[language] ?? '' },
  }));
  return { nodes, edges };
}
