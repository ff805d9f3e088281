import { z } from 'zod';
import { actorRefSchema } from './board';
import { calendarDaySchema } from './calendar-day';

export const decisionLimits = {
  text: 500,
  agreedBy: 300,
  itemLabel: 300,
} as const;

/** A board item's id as the editors make them (tldraw `shape:…`, diagram node ids). */
export const boardItemIdSchema = z.string().regex(/^[\w:.-]{1,200}$/);

/** An editor marks an item as a decision, or changes the mark. */
export const markDecisionSchema = z.object({
  itemLabel: z.string().trim().max(decisionLimits.itemLabel),
  text: z.string().trim().min(1).max(decisionLimits.text),
  decidedOn: calendarDaySchema,
  agreedBy: z.string().trim().min(1).max(decisionLimits.agreedBy),
});
export type MarkDecision = z.infer<typeof markDecisionSchema>;

/** A decision on a board, as the board, the region page and the minutes show it. */
export interface Decision {
  boardId: string;
  itemId: string;
  itemLabel: string;
  text: string;
  decidedOn: string;
  agreedBy: string;
  markedAt: string;
  markedBy: z.infer<typeof actorRefSchema> | null;
}

/** A decision listed on the region page, with the board it was made on. */
export interface RegionDecision extends Decision {
  board: { id: string; title: string; templateId: string | null };
}
