import { z } from 'zod';
import { displayNameSchema } from './account';

export const shareAccessSchema = z.enum(['view', 'edit']);
export type ShareAccess = z.infer<typeof shareAccessSchema>;

/** Body of `POST /api/boards/:boardId/share-links`. */
export const createShareLinkSchema = z.strictObject({ access: shareAccessSchema });

/** A board share link as the share dialog lists it. */
export const shareLinkSchema = z.object({
  id: z.string(),
  boardId: z.string(),
  access: shareAccessSchema,
  /** Path to open, e.g. `/del/<token>`; null once revoked. */
  path: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
});
export type ShareLink = z.infer<typeof shareLinkSchema>;

/** Body of `PATCH /api/guest`: a guest chooses the name others see. */
export const guestNameSchema = z.strictObject({ guestName: displayNameSchema });
