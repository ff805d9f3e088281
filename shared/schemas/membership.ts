import { z } from 'zod';
import { emailSchema } from './account';
import { languageSchema } from './language';
import { roleSchema } from './role';

/** A member of a region as the members page shows them. */
export const memberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  municipality: z.string().nullable(),
  role: roleSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

/** Body of `PATCH /api/regions/:regionId/members/:userId`. */
export const changeRoleSchema = z.strictObject({ role: roleSchema });

/** Body of `POST /api/regions/:regionId/members`: the administrator adds an existing account. */
export const addMemberSchema = z.strictObject({ email: emailSchema, role: roleSchema });

/** Body of `POST /api/regions/:regionId/invitations`. */
export const createInvitationSchema = z.strictObject({
  role: roleSchema,
  /** Days until the link expires: 1 to 30. */
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

export const invitationStatusSchema = z.enum(['active', 'used', 'revoked', 'expired']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** An invitation as coordinators see it. */
export const invitationSchema = z.object({
  id: z.string(),
  regionId: z.string(),
  role: roleSchema,
  status: invitationStatusSchema,
  /** Path to open, e.g. `/invitasjon/<token>`; only while the invitation is active. */
  path: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  usedBy: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What anyone holding an invitation link may learn about it. */
export const invitationPreviewSchema = z.object({
  regionName: z.string(),
  /** The page follows the region's language, as the region's own pages do, until the visitor picks one. */
  regionLanguage: languageSchema,
  role: roleSchema,
  status: invitationStatusSchema,
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
