import { z } from 'zod';

/**
 * A member's role in a region. `koordinator` runs the cooperation (members, invitations, settings,
 * all boards); `medlem` creates and edits boards; `observator` (observatør: e.g. the county or the
 * state administrator) may look but change nothing.
 */
export const roleSchema = z.enum(['koordinator', 'medlem', 'observator']);
export type Role = z.infer<typeof roleSchema>;
export const roles: readonly Role[] = roleSchema.options;

/** What a caller may do with a board. */
export type BoardAccess = 'none' | 'read' | 'write';
