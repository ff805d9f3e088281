import { z } from 'zod';
import { canvasContentSchema } from './canvas/canvas-content';
import { diagramContentSchema } from './diagram/diagram-content';
import { localizedSchema } from './localized';

/** The four headings of the start-up guide, in its order. */
export const templateHeadings = ['felles-mal', 'felles-regler', 'apen-dialog', 'lose-uenigheter'] as const;
export type TemplateHeading = (typeof templateHeadings)[number];

const nonEmpty = (max: number) => z.string().trim().min(1).max(max);

/** What the gallery and the facilitator panel show about a template, in one language. */
export const templateTextsSchema = z.strictObject({
  /** The worksheet's name, also the new board's title. */
  title: nonEmpty(120),
  /** What the worksheet is for. */
  purpose: nonEmpty(600),
  /** When in the cooperation to use it. */
  when: nonEmpty(400),
  /** Suggested duration, e.g. "1,5–2 timer". */
  duration: nonEmpty(120),
  /** Who should take part. */
  participants: nonEmpty(400),
  /**
   * How to run the session, in plain text: short paragraphs and numbered steps ("1. …"), one per
   * line. No other markup, so it reads the same as text and can be shown as a list.
   */
  facilitatorGuide: nonEmpty(4000),
});
export type TemplateTexts = z.infer<typeof templateTextsSchema>;

const textsSchema = z.strictObject({ nb: templateTextsSchema, nn: templateTextsSchema });

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(60);

/**
 * A version of a template's content. Most templates have one; "En felles planprosess" has one for
 * private detailed zoning plans and one for the municipal master plan's land-use part.
 */
const variantSchema = <Content extends z.ZodType>(content: Content) =>
  z.strictObject({
    id,
    /** The variant's name where people choose between variants. */
    name: localizedSchema(120),
    content,
  });

const templateBase = {
  /** Stable: boards store it (`board.templateId`). */
  id,
  /** Raised whenever the content changes, so a board can tell which version it was made from. */
  version: z.number().int().positive(),
  heading: z.enum(templateHeadings),
  /** Place in the guide's order of worksheets, from 1. */
  order: z.number().int().min(1).max(99),
  /** Ostrom's design principles (1–8, ../shared/domain/ostrom.md) the worksheet supports. */
  principles: z.array(z.number().int().min(1).max(8)).min(1).max(8),
  texts: textsSchema,
};

/** Variant ids are unique within a template. */
const uniqueVariants = (template: { variants: Array<{ id: string }> }, context: z.RefinementCtx) => {
  const seen = new Set<string>();
  template.variants.forEach((variant, index) => {
    if (seen.has(variant.id)) context.addIssue({ code: 'custom', path: ['variants', index, 'id'], message: `Variant «${variant.id}» twice.` });
    seen.add(variant.id);
  });
};

/** A worksheet that becomes a freeform tldraw board. */
export const canvasTemplateSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('canvas'),
    variants: z.array(variantSchema(canvasContentSchema)).min(1).max(10),
  })
  .superRefine(uniqueVariants);

/** A worksheet that becomes a structured diagram board. */
export const diagramTemplateSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('diagram'),
    variants: z.array(variantSchema(diagramContentSchema)).min(1).max(10),
  })
  .superRefine(uniqueVariants);

/**
 * A built-in template: one worksheet of the start-up guide as data. Texts are in bokmål and
 * nynorsk; the content is built into a board by `buildTemplate` (./build-template.ts).
 */
export const templateSchema = z.discriminatedUnion('kind', [canvasTemplateSchema, diagramTemplateSchema]);

export type CanvasTemplate = z.infer<typeof canvasTemplateSchema>;
export type DiagramTemplate = z.infer<typeof diagramTemplateSchema>;
export type Template = z.infer<typeof templateSchema>;
/** A template as written in its file: fields with defaults may be left out. */
export type TemplateInput = z.input<typeof templateSchema>;
export type CanvasTemplateInput = z.input<typeof canvasTemplateSchema>;
export type DiagramTemplateInput = z.input<typeof diagramTemplateSchema>;
