import { z } from 'zod';
import { actorCategories, actorRelations, diagramLimits, planPhases, processEdgeTypes, scoreMax, scoreMin } from '../../diagram/vocabulary';
import { localizedSchema } from '../localized';

/**
 * What a diagram template is made of, with every text in bokmål and nynorsk. The builders in this
 * folder turn it into Planrom's diagram format (`shared/diagram`) in one language, and place the
 * nodes, so template files hold content, not coordinates.
 */

const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'A key is lower case letters, digits and hyphens.')
  .max(60);
const score = z.number().int().min(scoreMin).max(scoreMax);
const shortText = localizedSchema(diagramLimits.shortText);
const longText = localizedSchema(diagramLimits.longText);

/** A free note (fritekst) shown beside the diagram: an instruction or a caveat. */
export const diagramNoteContentSchema = z.strictObject({ key, text: longText });

/**
 * Reports keys used twice. Nodes, edges and notes become diagram ids, so they share one namespace;
 * lanes have their own.
 */
const uniqueKeys = (groups: Record<string, ReadonlyArray<{ key: string }>>, context: z.RefinementCtx) => {
  const seen = new Set<string>();
  for (const [path, items] of Object.entries(groups)) {
    items.forEach((item, index) => {
      if (seen.has(item.key)) context.addIssue({ code: 'custom', path: [path, index, 'key'], message: `The key «${item.key}» is used twice.` });
      seen.add(item.key);
    });
  }
};

/** An actor of the actor map (aktørkart), with a first guess at interest and influence. */
export const actorContentSchema = z.strictObject({
  key,
  category: z.enum(actorCategories),
  name: shortText,
  role: shortText,
  interest: score,
  influence: score,
  phases: z.array(z.enum(planPhases)).max(planPhases.length),
  note: longText.optional(),
});

/** A typical relation between two actors. */
export const relationContentSchema = z.strictObject({
  key,
  from: key,
  to: key,
  relation: z.enum(actorRelations),
  label: shortText.optional(),
});

/** "Regionens aktørkart": actors grouped by category, relations between them, notes. */
export const actorMapContentSchema = z
  .strictObject({
    kind: z.literal('aktorkart'),
    /** The heading of each category's group. */
    categoryLabels: z.strictObject({ internt: shortText, regionalt: shortText, statlig: shortText, eksternt: shortText }),
    actors: z.array(actorContentSchema).min(1).max(500),
    relations: z.array(relationContentSchema).max(2000),
    notes: z.array(diagramNoteContentSchema).max(20),
  })
  .superRefine((content, context) => {
    uniqueKeys({ actors: content.actors, relations: content.relations, notes: content.notes }, context);
    const actors = new Set(content.actors.map((actor) => actor.key));
    content.relations.forEach((relation, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!actors.has(relation[end])) context.addIssue({ code: 'custom', path: ['relations', index, end], message: `No actor «${relation[end]}».` });
      }
    });
  });

/** A lane (svømmebane): the actor responsible for the steps in it. */
export const laneContentSchema = z.strictObject({ key, name: localizedSchema(diagramLimits.lane) });

/** A step of the plan process. */
export const processStepContentSchema = z.strictObject({
  kind: z.literal('step'),
  key,
  phase: z.enum(planPhases),
  lane: key,
  title: shortText,
  /** As in ../shared/domain/planprosess.md; the law's name differs between bokmål and nynorsk. */
  legalRef: localizedSchema(diagramLimits.legalRef).optional(),
  deadline: shortText.optional(),
  description: longText.optional(),
});

/** A clarification point (avklaringspunkt): a question the process must settle. */
export const decisionContentSchema = z.strictObject({
  kind: z.literal('decision'),
  key,
  phase: z.enum(planPhases),
  lane: key,
  question: shortText,
  decidedBy: shortText.optional(),
  note: longText.optional(),
});

/** A connection between two steps: the normal order, an alternative path or a loop back. */
export const processEdgeContentSchema = z.strictObject({
  key,
  from: key,
  to: key,
  type: z.enum(processEdgeTypes),
  label: shortText.optional(),
});

/**
 * "En felles planprosess": one plan process as the region's common practice. The builder adds
 * one (empty) variant per member municipality for drawing each one's own practice.
 */
export const planProcessContentSchema = z
  .strictObject({
    kind: z.literal('planprosess'),
    commonVariantName: localizedSchema(diagramLimits.variantName),
    lanes: z.array(laneContentSchema).min(1).max(30),
    nodes: z
      .array(z.discriminatedUnion('kind', [processStepContentSchema, decisionContentSchema]))
      .min(1)
      .max(500),
    edges: z.array(processEdgeContentSchema).max(2000),
    notes: z.array(diagramNoteContentSchema).max(20),
  })
  .superRefine((content, context) => {
    uniqueKeys({ lanes: content.lanes }, context);
    uniqueKeys({ nodes: content.nodes, edges: content.edges, notes: content.notes }, context);
    const lanes = new Set(content.lanes.map((lane) => lane.key));
    content.nodes.forEach((node, index) => {
      if (!lanes.has(node.lane)) context.addIssue({ code: 'custom', path: ['nodes', index, 'lane'], message: `No lane «${node.lane}».` });
    });
    const nodes = new Set(content.nodes.map((node) => node.key));
    content.edges.forEach((edge, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!nodes.has(edge[end])) context.addIssue({ code: 'custom', path: ['edges', index, end], message: `No step «${edge[end]}».` });
      }
    });
  });

/** A folder (or channel) of the shared digital room; `parent` null for the room itself. */
export const structureFolderSchema = z.strictObject({
  kind: z.literal('folder'),
  key,
  parent: key.nullable(),
  label: shortText,
});

/** What goes in a folder. */
export const structureItemSchema = z.strictObject({
  kind: z.literal('item'),
  key,
  parent: key,
  text: shortText,
  /** Where it is, when it is a page on the web. */
  link: z
    .string()
    .regex(/^https:\/\/\S+$/)
    .max(diagramLimits.link)
    .optional(),
});

/**
 * One folder per member municipality, each holding one item (with no members: `placeholders`
 * numbered folders named after `placeholderName`).
 */
export const structureMunicipalityFoldersSchema = z.strictObject({
  kind: z.literal('municipality-folders'),
  key,
  parent: key,
  itemText: shortText,
  placeholders: z.number().int().min(1).max(12),
  placeholderName: localizedSchema(60),
});

/**
 * "En digital struktur": a tree of folders and items, listed parents first. Built as a diagram of
 * type `struktur`: the room's folders become channels and folders, items documents, joined by
 * `inneholder` edges and laid out as a tree.
 */
export const structureContentSchema = z
  .strictObject({
    kind: z.literal('struktur'),
    entries: z
      .array(z.discriminatedUnion('kind', [structureFolderSchema, structureItemSchema, structureMunicipalityFoldersSchema]))
      .min(1)
      .max(500),
    notes: z.array(diagramNoteContentSchema).max(20),
  })
  .superRefine((content, context) => {
    uniqueKeys({ entries: content.entries, notes: content.notes }, context);
    const folders = new Set<string>();
    let roots = 0;
    content.entries.forEach((entry, index) => {
      if (entry.parent === null) roots += 1;
      else if (!folders.has(entry.parent)) {
        context.addIssue({ code: 'custom', path: ['entries', index, 'parent'], message: `«${entry.parent}» is not a folder listed before this entry.` });
      }
      if (entry.kind === 'folder') folders.add(entry.key);
    });
    if (roots !== 1) context.addIssue({ code: 'custom', path: ['entries'], message: 'The structure needs exactly one root folder.' });
  });

/** The content of a diagram template. */
export const diagramContentSchema = z.discriminatedUnion('kind', [actorMapContentSchema, planProcessContentSchema, structureContentSchema]);

export type DiagramNoteContent = z.infer<typeof diagramNoteContentSchema>;
export type ActorContent = z.infer<typeof actorContentSchema>;
export type ActorMapContent = z.infer<typeof actorMapContentSchema>;
export type PlanProcessContent = z.infer<typeof planProcessContentSchema>;
export type StructureContent = z.infer<typeof structureContentSchema>;
export type DiagramContent = z.infer<typeof diagramContentSchema>;
export type DiagramContentInput = z.input<typeof diagramContentSchema>;
