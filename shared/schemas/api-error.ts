import { z } from 'zod';

/** Stable error codes; the web app shows `errors.<code>` from its message catalogue. */
export const errorCodes = [
  'validation_failed',
  'invalid_json',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'conflict',
  'board_not_archived',
  'board_kind_mismatch',
  'diagram_import_invalid',
  'method_not_allowed',
  'unauthenticated',
  'forbidden',
  'invalid_credentials',
  'too_many_attempts',
  'csrf_rejected',
  'invitation_used',
  'invitation_revoked',
  'invitation_expired',
  'share_link_revoked',
  'setup_done',
  'setup_token_invalid',
  'email_taken',
  'last_coordinator',
  'unavailable',
  'invalid_file',
  'file_too_new',
  'file_too_old',
  'too_many_shapes',
  'too_many_jobs',
  'foreign_asset',
  'unknown_template',
  'template_kind_mismatch',
  'barometer_round_closed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The body of every error the API answers. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
