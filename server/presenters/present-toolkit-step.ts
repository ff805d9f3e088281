import type { ToolkitStep } from '../../shared/schemas/template';
import type { regionTemplateProgress } from '../db/schema/index';

type ProgressRow = typeof regionTemplateProgress.$inferSelect;

/** One worksheet on a region's path: its boards and whether (and by whom) it was agreed. */
export function presentToolkitStep(
  templateId: string,
  boards: Array<{ id: string; title: string; updatedAt: Date; example: boolean }>,
  mark: ProgressRow | null,
): ToolkitStep {
  return {
    templateId,
    boards: boards.map((board) => ({ id: board.id, title: board.title, updatedAt: board.updatedAt.toISOString(), example: board.example })),
    agreed: mark ? { at: mark.agreedAt.toISOString(), by: mark.agreedByName === null ? null : { id: mark.agreedById, name: mark.agreedByName } } : null,
  };
}
