import { z } from 'zod';
import { limits } from '../limits';
import { actorRefSchema, boardKindSchema } from './board';
import { multiLineText, singleLineText } from './text';

/** The guide's four headings, in its order (the same ids as `shared/templates`). */
export const templateHeadingSchema = z.enum(['felles-mal', 'felles-regler', 'apen-dialog', 'lose-uenigheter']);
export type TemplateHeadingId = z.infer<typeof templateHeadingSchema>;

/** What a preview image shows, for its text alternative (see shared/templates/preview). */
export const previewSummarySchema = z.object({
  areas: z.array(z.string()),
  lanes: z.array(z.string()),
  notes: z.number().int(),
  items: z.number().int(),
  connections: z.number().int(),
});
export type PreviewSummaryView = z.infer<typeof previewSummarySchema>;

const texts = z.object({
  title: z.string(),
  purpose: z.string(),
  when: z.string(),
  duration: z.string(),
  participants: z.string(),
});
const localized = <T extends z.ZodType>(schema: T) => z.object({ nb: schema, nn: schema });

/** One of the start-up guide's worksheets as the gallery shows it (`GET /api/templates`). */
export const templateSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  heading: templateHeadingSchema,
  order: z.number().int(),
  kind: boardKindSchema,
  texts: localized(texts),
  variants: z.array(
    z.object({
      id: z.string(),
      name: localized(z.string()),
      /** The preview image, drawn from the variant built with placeholder municipalities. */
      previewPath: localized(z.string()),
      preview: localized(previewSummarySchema),
    }),
  ),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** A worksheet with its facilitator guide (`GET /api/templates/:templateId`). */
export const templateDetailSchema = templateSummarySchema.extend({
  facilitatorGuide: localized(z.string()),
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;

/** Query of a built-in template's preview image. */
export const templatePreviewQuerySchema = z.strictObject({
  language: z.enum(['nb', 'nn']).default('nb'),
  variant: z.string().trim().min(1).max(60).optional(),
  /** The template's version, only so a changed template gets a new address (and no stale cache). */
  v: z.string().max(20).optional(),
});

/** One worksheet on a region's toolkit path (`GET /api/regions/:regionId/toolkit`). */
export const toolkitStepSchema = z.object({
  templateId: z.string(),
  /**
   * The region's active boards made from the worksheet, most recently changed first. Example boards
   * (the demo region's) are listed but do not make the worksheet started.
   */
  boards: z.array(z.object({ id: z.string(), title: z.string(), updatedAt: z.string(), example: z.boolean() })),
  /** When the region marked the worksheet as agreed (done), and who did; null while not. */
  agreed: z.object({ at: z.string(), by: actorRefSchema.nullable() }).nullable(),
});
export type ToolkitStep = z.infer<typeof toolkitStepSchema>;

/** Body of `PUT /api/regions/:regionId/toolkit/:templateId`: mark a worksheet agreed, or take the mark back. */
export const markToolkitStepSchema = z.strictObject({ agreed: z.boolean() });
export type MarkToolkitStepInput = z.input<typeof markToolkitStepSchema>;

/** Body of `POST /api/boards/:boardId/save-as-template`: the template's name and what it is for. */
export const saveAsTemplateSchema = z.strictObject({
  title: singleLineText().trim().min(1, 'Navnet kan ikke være tomt.').max(limits.templateTitle, `Navnet kan ha høyst ${limits.templateTitle} tegn.`),
  description: multiLineText().trim().max(limits.templateDescription, `Beskrivelsen kan ha høyst ${limits.templateDescription} tegn.`).default(''),
});
export type SaveAsTemplateInput = z.input<typeof saveAsTemplateSchema>;

/** One of a region's own templates as the gallery shows it (`GET /api/regions/:regionId/templates`). */
export const regionTemplateSchema = z.object({
  id: z.string(),
  regionId: z.string(),
  title: z.string(),
  description: z.string(),
  kind: boardKindSchema,
  /** The guide's worksheet it descends from, if any. */
  templateId: z.string().nullable(),
  previewPath: z.string(),
  preview: previewSummarySchema,
  createdAt: z.string(),
  createdBy: actorRefSchema.nullable(),
});
export type RegionTemplate = z.infer<typeof regionTemplateSchema>;
