import { z } from 'zod';
import {
  actorCategories,
  actorRelations,
  diagramLimits,
  diagramTypes,
  edgeTypes,
  folderKinds,
  planPhases,
  planStatuses,
  scoreMax,
  scoreMin,
} from './vocabulary';
import { maxStoredSlides } from '../presentation/slide-order';
import { multiLineText, singleLineText } from '../schemas/text';

/**
 * Planrom's diagram format, version 1: the JSON a diagram board exports and imports, and the shape
 * the server, the web editor and templates agree on. Documented for people in ./README.md.
 *
 * Every field people type has a default, so a hand-written file only needs what matters; unknown
 * fields are refused so a typo is reported instead of silently lost.
 */
export const diagramFormat = 'planrom-diagram';
export const diagramFormatVersion = 1;

const text = (max: number) => multiLineText().trim().max(max);
const requiredText = (max: number) => multiLineText().trim().min(1).max(max);
const id = singleLineText().trim().min(1).max(100);
const score = z.number().int().min(scoreMin).max(scoreMax);

export const actorCategorySchema = z.enum(actorCategories);
export const actorRelationSchema = z.enum(actorRelations);
export const planPhaseSchema = z.enum(planPhases);
export const diagramTypeSchema = z.enum(diagramTypes);

/** Where a node sits, in diagram coordinates (relative to its group when it has one). */
export const positionSchema = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
export type DiagramPosition = z.infer<typeof positionSchema>;

/** A node's size when someone resized it (groups, notes); otherwise the node sizes itself. */
export const sizeSchema = z.strictObject({
  width: z.number().finite().positive().max(20000),
  height: z.number().finite().positive().max(20000),
});
export type DiagramSize = z.infer<typeof sizeSchema>;

/** An actor (aktør) in the actor map. */
export const actorDataSchema = z.strictObject({
  name: requiredText(diagramLimits.shortText),
  category: actorCategorySchema,
  /** Their role in the plan process. */
  role: text(diagramLimits.shortText).default(''),
  /** Interest (interesse), 1–5. */
  interest: score.default(3),
  /** Influence (påvirkning), 1–5. */
  influence: score.default(3),
  /** The phases they should be involved in. */
  phases: z.array(planPhaseSchema).max(planPhases.length).default([]),
  /** Who in the cooperation keeps in touch with them. */
  contact: text(diagramLimits.shortText).default(''),
  note: text(diagramLimits.longText).default(''),
});
export type ActorData = z.infer<typeof actorDataSchema>;

/** Fields shared by process steps and clarification points: their place in the process. */
const processPlace = {
  phase: planPhaseSchema,
  /** The responsible actor; one horizontal lane per responsible actor. */
  lane: text(diagramLimits.lane).default(''),
  /**
   * Identifies "the same step" across variants of the process (compare view, adopting into the
   * common practice). A copied or adopted step keeps its key; when absent the node id is used.
   */
  key: id.optional(),
};

/** A step (prosessteg) of a plan process. */
export const processStepDataSchema = z.strictObject({
  title: requiredText(diagramLimits.shortText),
  ...processPlace,
  /** Legal reference, e.g. "pbl § 12-11". */
  legalRef: text(diagramLimits.legalRef).default(''),
  /** Deadline or duration, e.g. "12 uker". */
  deadline: text(diagramLimits.shortText).default(''),
  description: text(diagramLimits.longText).default(''),
});
export type ProcessStepData = z.infer<typeof processStepDataSchema>;

/** A clarification point (avklaringspunkt): a question to settle and who decides. */
export const decisionPointDataSchema = z.strictObject({
  question: requiredText(diagramLimits.shortText),
  decidedBy: text(diagramLimits.shortText).default(''),
  ...processPlace,
  note: text(diagramLimits.longText).default(''),
});
export type DecisionPointData = z.infer<typeof decisionPointDataSchema>;

/** A free note (fritekst). */
export const noteDataSchema = z.strictObject({ text: text(diagramLimits.longText).default('') });
export type NoteData = z.infer<typeof noteDataSchema>;

/** A group: a labelled frame whose children have `parentId` set to it. */
export const groupDataSchema = z.strictObject({ label: text(diagramLimits.shortText).default('') });
export type GroupData = z.infer<typeof groupDataSchema>;

/** A folder or channel (mappe, kanal) of a digital structure; what it holds hangs from it with `inneholder` edges. */
export const folderDataSchema = z.strictObject({
  name: requiredText(diagramLimits.shortText),
  kind: z.enum(folderKinds).default('mappe'),
  /** Who keeps it tidy. */
  owner: text(diagramLimits.shortText).default(''),
  note: text(diagramLimits.longText).default(''),
});
export type FolderData = z.infer<typeof folderDataSchema>;

/** A web address, or nothing. */
const link = text(diagramLimits.link).refine((value) => value === '' || /^https?:\/\/\S+$/i.test(value), {
  message: 'En lenke må begynne med https:// eller http://.',
});

/** A document of a digital structure: who owns it, the plan case's status (PLANSTAT) and where it is. */
export const documentDataSchema = z.strictObject({
  name: requiredText(diagramLimits.shortText),
  owner: text(diagramLimits.shortText).default(''),
  /** The plan status code (PLANSTAT 1–8) when the document is a plan case; '' otherwise. */
  status: z.enum(planStatuses).default(''),
  link: link.default(''),
  note: text(diagramLimits.longText).default(''),
});
export type DocumentData = z.infer<typeof documentDataSchema>;

const nodeBase = {
  id,
  position: positionSchema,
  size: sizeSchema.nullish(),
  /** The group this node belongs to; its position is then relative to the group. */
  parentId: id.nullish(),
  /** The process variant the node belongs to (plan processes); null or absent elsewhere. */
  variantId: id.nullish(),
  /**
   * Placed by hand: automatic layout leaves it where it is (unless someone asks for a full
   * re-layout). Absent or false for nodes placed by Planrom.
   */
  pinned: z.boolean().nullish(),
};

/** A node of a diagram; `type` decides the shape of `data`. */
export const diagramNodeSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...nodeBase, type: z.literal('aktor'), data: actorDataSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('prosessteg'), data: processStepDataSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('avklaringspunkt'), data: decisionPointDataSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('fritekst'), data: noteDataSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('gruppe'), data: groupDataSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('mappe'), data: folderDataSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('dokument'), data: documentDataSchema }),
]);
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type DiagramNodeInput = z.input<typeof diagramNodeSchema>;
export type DiagramNodeOf<T extends DiagramNode['type']> = Extract<DiagramNode, { type: T }>;
export type DiagramNodeData<T extends DiagramNode['type']> = DiagramNodeOf<T>['data'];

/** What an edge carries: the relation kind for actor relations, and an optional own label. */
export const edgeDataSchema = z.strictObject({
  relation: actorRelationSchema.optional(),
  label: text(diagramLimits.shortText).default(''),
});
export type DiagramEdgeData = z.infer<typeof edgeDataSchema>;

/** A labelled connection between two nodes. */
export const diagramEdgeSchema = z
  .strictObject({
    id,
    type: z.enum(edgeTypes),
    source: id,
    target: id,
    sourceHandle: z.string().max(100).nullish(),
    targetHandle: z.string().max(100).nullish(),
    variantId: id.nullish(),
    data: edgeDataSchema.default({ label: '' }),
  })
  .refine((edge) => edge.type !== 'relasjon' || edge.data.relation !== undefined, {
    message: 'En relasjon mellom aktører må ha en relasjonstype (data.relation).',
    path: ['data', 'relation'],
  });
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>;
export type DiagramEdgeInput = z.input<typeof diagramEdgeSchema>;

/** A variant of a plan process: one per municipality, and one "felles praksis" (the common practice). */
export const diagramVariantSchema = z.strictObject({
  id,
  name: requiredText(diagramLimits.variantName),
  /** The municipality whose practice this is; null for the common practice. */
  municipalityId: z.string().max(100).nullable().default(null),
  /** True for the region's common practice ("felles praksis"); at most one variant has it. */
  isCommon: z.boolean().default(false),
});
export type DiagramVariant = z.infer<typeof diagramVariantSchema>;

/**
 * How the board is presented (added after version 1 was first written; optional, so older files
 * and older readers keep working). `order` lists slide ids (`phase:<phase>`, `category:<category>`,
 * `group:<node id>`) in the order the presenter chose; slides it does not name follow in their
 * natural order, and ids of slides that are gone are ignored.
 */
export const diagramPresentationSchema = z.strictObject({
  order: z.array(z.string().max(200)).max(maxStoredSlides),
});
export type DiagramPresentation = z.infer<typeof diagramPresentationSchema>;

/** The parts of a document before the cross-checks (ids unique, references resolve). */
const documentShape = z.strictObject({
  format: z.literal(diagramFormat),
  version: z.literal(diagramFormatVersion),
  diagramType: diagramTypeSchema,
  /** The board's title when exported; informative, not imported. */
  title: z.string().max(500).optional(),
  /** When the file was exported (ISO 8601); informative. */
  exportedAt: z.string().max(100).optional(),
  variants: z.array(diagramVariantSchema).max(diagramLimits.variants).default([]),
  nodes: z.array(diagramNodeSchema).max(diagramLimits.nodes),
  edges: z.array(diagramEdgeSchema).max(diagramLimits.edges).default([]),
  presentation: diagramPresentationSchema.optional(),
});

/**
 * A whole diagram in Planrom's format. Besides each field's own rules it checks that ids are unique,
 * that edges join existing nodes of the same variant, that a parent is a group, that variant ids
 * exist, and that at most one variant is the common practice.
 * @example diagramDocumentSchema.parse(JSON.parse(fileText))
 */
export const diagramDocumentSchema = documentShape.superRefine(
  (parsed, context) => {
    // Runs even when single fields failed (see `when`), so one import lists every problem at once;
    // therefore it reads the input defensively.
    const document = parsed as unknown as LooseDocument;
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
    const nodes = list(document.nodes);
    const variants = list(document.variants);
    const edges = list(document.edges);
    const nodeTypes = new Map<string, unknown>();
    nodes.forEach((node, index) => {
      if (typeof node?.id !== 'string') return;
      if (nodeTypes.has(node.id)) problem(['nodes', index, 'id'], `Id-en «${node.id}» er brukt av mer enn én node.`);
      nodeTypes.set(node.id, node.type);
    });
    const variantIds = new Set<string>();
    variants.forEach((variant, index) => {
      if (typeof variant?.id !== 'string') return;
      if (variantIds.has(variant.id)) problem(['variants', index, 'id'], `Id-en «${variant.id}» er brukt av mer enn én variant.`);
      variantIds.add(variant.id);
    });
    if (variants.filter((variant) => variant?.isCommon === true).length > 1) {
      problem(['variants'], 'Bare én variant kan være felles praksis.');
    }
    const identified = nodes.filter((node): node is NonNullable<typeof node> => typeof node?.id === 'string');
    const variantOf = new Map(identified.map((node) => [node.id as string, node.variantId ?? null]));
    nodes.forEach((node, index) => {
      if (typeof node?.parentId === 'string') {
        if (node.parentId === node.id) problem(['nodes', index, 'parentId'], 'En node kan ikke være sin egen gruppe.');
        else if (nodeTypes.get(node.parentId) !== 'gruppe') {
          problem(['nodes', index, 'parentId'], `«${node.parentId}» er ikke en gruppe i diagrammet.`);
        }
      }
      if (typeof node?.variantId === 'string' && !variantIds.has(node.variantId)) {
        problem(['nodes', index, 'variantId'], `Varianten «${node.variantId}» finnes ikke i diagrammet.`);
      }
    });
    const edgeIds = new Set<string>();
    edges.forEach((edge, index) => {
      if (typeof edge?.id === 'string') {
        if (edgeIds.has(edge.id)) problem(['edges', index, 'id'], `Id-en «${edge.id}» er brukt av mer enn én kobling.`);
        edgeIds.add(edge.id);
      }
      for (const end of ['source', 'target'] as const) {
        const nodeId = edge?.[end];
        if (typeof nodeId === 'string' && !nodeTypes.has(nodeId)) problem(['edges', index, end], `Noden «${nodeId}» finnes ikke i diagrammet.`);
      }
      if (typeof edge?.variantId === 'string' && !variantIds.has(edge.variantId)) {
        problem(['edges', index, 'variantId'], `Varianten «${edge.variantId}» finnes ikke i diagrammet.`);
      }
      const source = edge?.source;
      const target = edge?.target;
      if (typeof source === 'string' && typeof target === 'string' && nodeTypes.has(source) && nodeTypes.has(target)) {
        if ((variantOf.get(source) ?? null) !== (variantOf.get(target) ?? null)) {
          problem(['edges', index], 'En kobling kan bare gå mellom noder i samme variant.');
        }
      }
    });
    const parents = new Map(identified.map((node) => [node.id as string, typeof node.parentId === 'string' ? node.parentId : null]));
    for (const start of parents.keys()) {
      let seen = 0;
      for (let at = parents.get(start) ?? null; at !== null; at = parents.get(at) ?? null) {
        if (++seen > 20) {
          problem(['nodes'], 'Gruppene ligger i ring eller for mange nivåer inni hverandre.');
          return;
        }
      }
    }
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

/** What the cross-checks may meet in a document whose single fields did not all pass. */
interface LooseDocument {
  nodes?: Array<{ id?: unknown; type?: unknown; parentId?: unknown; variantId?: unknown } | null>;
  variants?: Array<{ id?: unknown; isCommon?: unknown } | null>;
  edges?: Array<{ id?: unknown; source?: unknown; target?: unknown; variantId?: unknown } | null>;
}
export type DiagramDocument = z.infer<typeof diagramDocumentSchema>;
export type DiagramDocumentInput = z.input<typeof diagramDocumentSchema>;

/** An empty document of a type. */
export function emptyDiagram(diagramType: DiagramDocument['diagramType']): DiagramDocument {
  return { format: diagramFormat, version: diagramFormatVersion, diagramType, variants: [], nodes: [], edges: [] };
}

/** The key that says "the same step" across process variants. */
export function stepKeyOf(node: { id: string; data: { key?: string | undefined } }): string {
  return node.data.key ?? node.id;
}
