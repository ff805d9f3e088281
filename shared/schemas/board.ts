import { z } from 'zod';
import { limits } from '../limits';
import { singleLineText } from './text';

/** Freeform tldraw boards, or structured diagrams (actor maps, plan-process flows). */
export const boardKindSchema = z.enum(['canvas', 'diagram']);
export type BoardKind = z.infer<typeof boardKindSchema>;

const boardTitle = singleLineText().trim().min(1, 'Tittelen kan ikke være tom.').max(limits.boardTitle, `Tittelen kan ha høyst ${limits.boardTitle} tegn.`);

/**
 * Body of `POST /api/regions/:regionId/boards`: an empty board (title and kind), or a board made
 * from a template, either one of the start-up guide's worksheets (`templateId`, with a `variant`
 * where it has several) or one of the region's own templates (`regionTemplateId`). A board from a
 * template takes its kind from the template and, unless a title is given, its title too.
 */
export const createBoardSchema = z
  .strictObject({
    title: boardTitle.optional(),
    kind: boardKindSchema.optional(),
    templateId: singleLineText().trim().min(1).max(100).nullish(),
    variant: singleLineText().trim().min(1).max(60).nullish(),
    regionTemplateId: singleLineText().trim().min(1).max(100).nullish(),
  })
  .superRefine((input, context) => {
    const fromTemplate = !!input.templateId || !!input.regionTemplateId;
    if (input.templateId && input.regionTemplateId) {
      context.addIssue({ code: 'custom', path: ['regionTemplateId'], message: 'Velg enten en mal fra veilederen eller en av samarbeidets egne maler.' });
    }
    if (!fromTemplate && input.title === undefined) context.addIssue({ code: 'custom', path: ['title'], message: 'Tittelen kan ikke være tom.' });
    if (!fromTemplate && input.kind === undefined) context.addIssue({ code: 'custom', path: ['kind'], message: 'Velg hva slags tavle det skal være.' });
    if (input.variant && !input.templateId)
      context.addIssue({ code: 'custom', path: ['variant'], message: 'En variant kan bare velges for en mal fra veilederen.' });
  });
export type CreateBoardInput = z.input<typeof createBoardSchema>;

/** Body of `PATCH /api/boards/:boardId`. */
export const renameBoardSchema = z.strictObject({ title: boardTitle });
export type RenameBoardInput = z.input<typeof renameBoardSchema>;

/** Body of `POST /api/boards/:boardId/duplicate`: the copy's title, or "<title> (kopi)". */
export const duplicateBoardSchema = z.strictObject({ title: boardTitle.optional() });
export type DuplicateBoardInput = z.input<typeof duplicateBoardSchema>;

/** Query of `GET /api/regions/:regionId/boards`. */
export const listBoardsQuerySchema = z.strictObject({
  archived: z.enum(['true', 'false', 'only']).default('false'),
});

/** Who did something: kept as a name so it survives the person leaving. */
export const actorRefSchema = z.object({ id: z.string().nullable(), name: z.string() });
export type ActorRef = z.infer<typeof actorRefSchema>;

/** A board as the API presents it. */
export const boardSchema = z.object({
  id: z.string(),
  regionId: z.string(),
  title: z.string(),
  kind: boardKindSchema,
  templateId: z.string().nullable(),
  /** An example board (the demo region's worksheets), shown with an "Eksempel" label. */
  example: z.boolean(),
  createdAt: z.string(),
  createdBy: actorRefSchema.nullable(),
  updatedAt: z.string(),
  updatedBy: actorRefSchema.nullable(),
  archivedAt: z.string().nullable(),
});
export type Board = z.infer<typeof boardSchema>;
