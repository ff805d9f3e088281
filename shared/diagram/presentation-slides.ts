import { orderSlides } from '../presentation/slide-order';
import type { DiagramEdge, DiagramNode } from './diagram-document';
import { laneKey } from './lane-key';
import { absoluteBox, estimatedNodeSize } from './place-node';
import { structureTree } from './structure-tree';
import { actorCategories, planPhases, type ActorCategory, type DiagramType, type PlanPhase } from './vocabulary';

/**
 * One slide of a presented diagram: a phase of a plan process (or a part of it: see `phasePartSpan`),
 * a category or group of an actor map, or a folder of a digital structure.
 */
export type DiagramSlide =
  | { id: `phase:${string}`; kind: 'phase'; phase: PlanPhase; part?: { number: number; of: number }; nodeIds: string[] }
  | { id: `category:${string}`; kind: 'category'; category: ActorCategory; nodeIds: string[] }
  | { id: `group:${string}`; kind: 'group'; groupId: string; label: string; nodeIds: string[] }
  | { id: `folder:${string}`; kind: 'folder'; folderId: string; label: string; nodeIds: string[] }
  | { id: 'folders:outside'; kind: 'outside-folders'; nodeIds: string[] };

/** What a diagram's slides are made from: its nodes and (for a digital structure's tree) its edges. */
export interface SlideContent {
  nodes: readonly DiagramNode[];
  edges?: readonly DiagramEdge[];
}

/**
 * The most a plan phase's slide spans from the top of its first lane to the bottom of its last, in
 * board units: what a 1280×720 projector shows at about full size above the slide's controls. A
 * phase whose steps reach further down (the template's «Oppstart og varsling» runs through eight
 * lanes) is shown in parts, a few lanes at a time, or its text would be too small to read.
 */
export const phasePartSpan = 840;

/**
 * The slides of a diagram in presentation order. A plan process is shown phase by phase (the steps
 * and clarification points of each phase, phases in the order of the plan process, a tall phase in
 * parts that stay together); an actor map
 * category by category (its actors), then group by group (a group and what is in it; a group holding
 * exactly one category's actors takes that category's place); a digital structure folder by folder
 * (each main folder with everything it holds). Phases, categories and groups with nothing in them
 * make no slide. `storedOrder` (the document's `presentation.order`) reorders them; slides
 * it does not name keep their natural place at the end.
 * @param content the nodes being presented (for a plan process: those of the variant on screen)
 */
export function diagramSlides(diagramType: DiagramType, { nodes, edges = [] }: SlideContent, storedOrder?: unknown): DiagramSlide[] {
  const slides = diagramType === 'planprosess' ? phaseSlides(nodes) : diagramType === 'struktur' ? folderSlides(nodes, edges) : actorMapSlides(nodes);
  // A stored order names whole phases: a phase's parts move together.
  const ordered = new Map<string, DiagramSlide[]>();
  for (const slide of slides) {
    const key = orderedAs(slide);
    ordered.set(key, [...(ordered.get(key) ?? []), slide]);
  }
  return orderSlides([...ordered.keys()], storedOrder).flatMap((id) => ordered.get(id)!);
}

/**
 * The plan phase a slide shows, from the slide's id (`phase:X`, and `phase:X:2` for its second part),
 * as `phase:X`: the key its band and the stored order have. Null for a slide of another kind.
 * @example phaseOfSlideId('phase:oppstart:2') // 'phase:oppstart'
 */
export function phaseOfSlideId(slideId: string): `phase:${string}` | null {
  const match = /^(phase:[^:]+)(?::\d+)?$/.exec(slideId);
  return match ? (match[1] as `phase:${string}`) : null;
}

/** The id a slide has in a stored order: a phase's, for each of its parts. */
export function orderedAs(slide: DiagramSlide): string {
  return slide.kind === 'phase' ? `phase:${slide.phase}` : slide.id;
}

/**
 * A digital structure's main folders, each with everything it holds: the folders in the one folder
 * at the top (the shared room, as the template has it), or the folders at the top where there are
 * several; an empty folder too, since it is part of the proposed structure. What is in none of them
 * (a document at the top, or in the room beside its folders) comes last, on a slide of its own.
 */
function folderSlides(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): DiagramSlide[] {
  const { roots, children } = structureTree(nodes, edges);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const isFolder = (id: string) => byId.get(id)?.type === 'mappe';
  const folderRoots = roots.filter(isFolder);
  const room = folderRoots.length === 1 ? folderRoots[0]! : null;
  const inTheRoom = room ? (children.get(room) ?? []).filter(isFolder) : [];
  const top = inTheRoom.length > 0 ? inTheRoom : folderRoots;
  const held = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(held)];
  const slides = top.map((id): DiagramSlide => {
    const folder = byId.get(id) as Extract<DiagramNode, { type: 'mappe' }>;
    return { id: `folder:${id}`, kind: 'folder', folderId: id, label: folder.data.name, nodeIds: held(id) };
  });
  const shown = new Set(slides.flatMap((slide) => slide.nodeIds));
  // The room itself is the frame around the slides, not something left out of them.
  const outside = roots.flatMap(held).filter((id) => !shown.has(id) && !(inTheRoom.length > 0 && id === room));
  return outside.length > 0 ? [...slides, { id: 'folders:outside', kind: 'outside-folders', nodeIds: outside }] : slides;
}

type ProcessNode = Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }>;

/**
 * A plan process phase by phase; a phase whose lanes reach further down than `phasePartSpan` in
 * parts of whole lanes, top to bottom (an empty lane between two of its lanes counts too, since the
 * slide shows it).
 */
function phaseSlides(nodes: readonly DiagramNode[]): DiagramSlide[] {
  const steps = nodes.filter((node): node is ProcessNode => node.type === 'prosessteg' || node.type === 'avklaringspunkt');
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Each lane's extent over the whole process, as its band is drawn: a part is made of whole lanes.
  const lanes = new Map<string, { top: number; bottom: number }>();
  for (const step of steps) {
    const key = laneKey(step.data.lane);
    const top = absoluteBox(step, byId).y;
    const bottom = top + estimatedNodeSize(step).height;
    const lane = lanes.get(key);
    lanes.set(key, lane ? { top: Math.min(lane.top, top), bottom: Math.max(lane.bottom, bottom) } : { top, bottom });
  }
  return planPhases.flatMap((phase) => {
    const inPhase = steps.filter((step) => step.data.phase === phase);
    const laneKeys = [...new Set(inPhase.map((step) => laneKey(step.data.lane)))].sort((a, b) => lanes.get(a)!.top - lanes.get(b)!.top);
    const parts: string[][] = [];
    let partTop = 0;
    for (const key of laneKeys) {
      const lane = lanes.get(key)!;
      const current = parts.at(-1);
      if (current && lane.bottom - partTop <= phasePartSpan) current.push(key);
      else {
        parts.push([key]);
        partTop = lane.top;
      }
    }
    return parts.map((partLanes, index): DiagramSlide => ({
      id: index === 0 ? `phase:${phase}` : `phase:${phase}:${index + 1}`,
      kind: 'phase',
      phase,
      ...(parts.length > 1 ? { part: { number: index + 1, of: parts.length } } : {}),
      nodeIds: inPhase.filter((step) => partLanes.includes(laneKey(step.data.lane))).map((step) => step.id),
    }));
  });
}

function actorMapSlides(nodes: readonly DiagramNode[]): DiagramSlide[] {
  const byCategory = new Map<ActorCategory, string[]>();
  for (const node of nodes) {
    if (node.type === 'aktor') byCategory.set(node.data.category, [...(byCategory.get(node.data.category) ?? []), node.id]);
  }
  const children = new Map<string, string[]>();
  for (const node of nodes) if (node.parentId) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id]);
  const groups = nodes
    .filter((node): node is Extract<DiagramNode, { type: 'gruppe' }> => node.type === 'gruppe' && children.has(node.id))
    .map((group): DiagramSlide => ({
      id: `group:${group.id}`,
      kind: 'group',
      groupId: group.id,
      label: group.data.label,
      nodeIds: [group.id, ...(children.get(group.id) ?? [])],
    }));
  // A group that holds exactly a category's actors (as the template's groups do) would show the
  // same slide twice: it stands in the category's place instead, under the name people gave it.
  const sameActors = (group: DiagramSlide, actorIds: string[]) =>
    group.nodeIds.length === actorIds.length + 1 && actorIds.every((id) => group.nodeIds.includes(id));
  const placed = new Set<DiagramSlide>();
  const categories = actorCategories
    .filter((category) => byCategory.has(category))
    .map((category): DiagramSlide => {
      const actorIds = byCategory.get(category)!;
      const group = groups.find((candidate) => !placed.has(candidate) && sameActors(candidate, actorIds));
      if (group) placed.add(group);
      return group ?? { id: `category:${category}`, kind: 'category', category, nodeIds: actorIds };
    });
  return [...categories, ...groups.filter((group) => !placed.has(group))];
}
