import type { DiagramNode, DiagramPosition } from './diagram-document';
import { planPhases } from './vocabulary';

/** The size a node of each type is drawn at when it has no size of its own. */
export const defaultNodeSize: Record<DiagramNode['type'], { width: number; height: number }> = {
  aktor: { width: 200, height: 84 },
  prosessteg: { width: 200, height: 96 },
  avklaringspunkt: { width: 190, height: 96 },
  fritekst: { width: 180, height: 90 },
  gruppe: { width: 420, height: 280 },
  mappe: { width: 200, height: 84 },
  dokument: { width: 200, height: 84 },
};

/** Lines a text takes at about `perLine` characters a line, wrapped between words. */
function lines(text: string, perLine: number): number {
  let count = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    count += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (line > 0 && line + 1 + length > perLine) {
        count += 1;
        line = length;
      } else line += (line > 0 ? 1 : 0) + length;
    }
  }
  return count;
}

/**
 * A generous guess at the height a node is drawn with (its labels wrap between words at the
 * default width), for placing nodes before the browser has measured them: template builders use
 * it so nodes do not overlap when a board first opens. Types that do not grow with their text get
 * their default size.
 */
export function estimatedNodeSize(node: Pick<DiagramNode, 'type' | 'data' | 'size'>): { width: number; height: number } {
  const base = node.size ?? defaultNodeSize[node.type];
  // Padding and borders, the small "kind" line, and the gaps between lines (px, as drawn).
  const frame = 24 + 18;
  const title = (text: string) => lines(text, 20) * 20;
  const detail = (text: string) => (text ? lines(text, 24) * 19 + 3 : 0);
  let height = base.height;
  if (node.type === 'aktor') {
    const data = node.data as { name: string; role: string };
    height = frame + title(data.name) + detail(data.role) + detail('Interesse 3 · påvirkning 3');
  } else if (node.type === 'prosessteg') {
    const data = node.data as { title: string; legalRef: string; deadline: string };
    height = frame + title(data.title) + detail(data.legalRef) + detail(data.deadline ? `Frist: ${data.deadline}` : '');
  } else if (node.type === 'avklaringspunkt') {
    const data = node.data as { question: string; decidedBy: string };
    height = frame + title(data.question) + detail(data.decidedBy ? `Avgjøres av: ${data.decidedBy}` : '');
  } else if (node.type === 'mappe') {
    const data = node.data as { name: string; owner: string };
    height = frame + title(data.name) + detail(data.owner ? `Eier: ${data.owner}` : '');
  } else if (node.type === 'dokument') {
    const data = node.data as { name: string; owner: string; status: string; link: string };
    height =
      frame +
      title(data.name) +
      detail(data.owner ? `Eier: ${data.owner}` : '') +
      (data.status ? 24 : 0) +
      (data.link ? detail(`Åpne ${data.name} (lenke)`) : 0);
  }
  // A quarter more than counted: fonts differ between machines, and a gap too many costs nothing.
  return { width: base.width, height: Math.max(base.height, Math.ceil(height * 1.25)) };
}

/** Space between placed nodes. */
export const nodeGap = 40;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's box in diagram coordinates (groups' children are made absolute). */
export function absoluteBox(node: DiagramNode, byId: Map<string, DiagramNode>): Box {
  let x = node.position.x;
  let y = node.position.y;
  const seen = new Set<string>();
  for (
    let parent = node.parentId ? byId.get(node.parentId) : undefined;
    parent && !seen.has(parent.id);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined
  ) {
    seen.add(parent.id);
    x += parent.position.x;
    y += parent.position.y;
  }
  const size = node.size ?? defaultNodeSize[node.type];
  return { x, y, width: size.width, height: size.height };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + nodeGap / 2 && b.x < a.x + a.width + nodeGap / 2 && a.y < b.y + b.height + nodeGap / 2 && b.y < a.y + a.height + nodeGap / 2;

/** What to place: the new node's type and the fields that decide where it belongs. */
export interface PlacementRequest {
  type: DiagramNode['type'];
  category?: string;
  phase?: string | null;
  lane?: string;
  variantId?: string | null;
  /** Place it after this node (e.g. "new step after the selected one"). */
  after?: DiagramNode;
  /** Where the person is looking, used when nothing better is known. */
  preferred?: DiagramPosition;
}

/**
 * Where a new node goes so that it sits with its kind and moves nothing else: an actor below the
 * others of its category, a process step in its lane (row) and phase (column), a step made "after"
 * another to its right; then nudged until it overlaps no node.
 * @param existing every node of the diagram (other variants are ignored for process steps)
 */
export function placeNewNode(existing: DiagramNode[], request: PlacementRequest): DiagramPosition {
  const byId = new Map(existing.map((node) => [node.id, node]));
  const size = defaultNodeSize[request.type];
  const isProcess = request.type === 'prosessteg' || request.type === 'avklaringspunkt';
  const relevant = isProcess ? existing.filter((node) => (node.variantId ?? null) === (request.variantId ?? null)) : existing;
  const boxes = relevant.map((node) => ({ node, box: absoluteBox(node, byId) }));
  const occupied = boxes.filter(({ node }) => node.type !== 'gruppe').map(({ box }) => box);
  const right = (list: Box[]) => Math.max(...list.map((b) => b.x + b.width));
  const bottom = (list: Box[]) => Math.max(...list.map((b) => b.y + b.height));
  let start: DiagramPosition | null = null;
  let step: 'down' | 'right' = 'down';

  if (request.after) {
    const box = absoluteBox(request.after, byId);
    start = { x: box.x + box.width + nodeGap * 1.5, y: box.y };
  } else if (isProcess && request.phase) {
    const phaseIndex = planPhases.indexOf(request.phase as (typeof planPhases)[number]);
    const processBoxes = boxes.filter(({ node }) => node.type === 'prosessteg' || node.type === 'avklaringspunkt');
    const phaseOf = (node: DiagramNode) => ('phase' in node.data ? planPhases.indexOf(node.data.phase as (typeof planPhases)[number]) : -1);
    const lane = (request.lane ?? '').trim().toLowerCase();
    const laneBoxes = processBoxes.filter(({ node }) => 'lane' in node.data && String(node.data.lane).trim().toLowerCase() === lane);
    const samePhase = processBoxes.filter(({ node }) => phaseOf(node) === phaseIndex);
    const earlier = processBoxes.filter(({ node }) => phaseOf(node) >= 0 && phaseOf(node) < phaseIndex);
    const y =
      laneBoxes.length > 0
        ? Math.min(...laneBoxes.map(({ box }) => box.y))
        : processBoxes.length > 0
          ? bottom(processBoxes.map(({ box }) => box)) + nodeGap * 2
          : 0;
    const sameCell = samePhase.filter((entry) => laneBoxes.includes(entry));
    const x =
      sameCell.length > 0
        ? right(sameCell.map(({ box }) => box)) + nodeGap
        : samePhase.length > 0
          ? Math.min(...samePhase.map(({ box }) => box.x))
          : earlier.length > 0
            ? right(earlier.map(({ box }) => box)) + nodeGap * 2
            : processBoxes.length > 0
              ? Math.min(...processBoxes.map(({ box }) => box.x))
              : 0;
    start = { x, y };
    step = 'right';
  } else if (request.type === 'aktor' && request.category) {
    const sameCategory = boxes.filter(({ node }) => node.type === 'aktor' && node.data.category === request.category).map(({ box }) => box);
    if (sameCategory.length > 0) start = { x: Math.min(...sameCategory.map((b) => b.x)), y: bottom(sameCategory) + nodeGap };
    else if (occupied.length > 0) start = { x: right(occupied) + nodeGap * 2, y: Math.min(...occupied.map((b) => b.y)) };
  }
  start ??= request.preferred ?? (occupied.length > 0 ? { x: right(occupied) + nodeGap * 2, y: Math.min(...occupied.map((b) => b.y)) } : { x: 0, y: 0 });

  const candidate = { x: Math.round(start.x), y: Math.round(start.y), ...size };
  for (let tries = 0; tries < 2000 && occupied.some((box) => overlaps(candidate, box)); tries++) {
    if (step === 'down') candidate.y += Math.round(size.height / 2 + nodeGap / 2);
    else candidate.x += Math.round(size.width / 2 + nodeGap / 2);
  }
  return { x: candidate.x, y: candidate.y };
}
