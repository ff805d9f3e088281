import { z } from 'zod';
import { limits } from '../limits';
import { roleSchema } from './role';
import { singleLineText } from './text';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'E-postadressen er for lang.')
  .pipe(z.email('Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.'));

export const passwordSchema = z
  .string()
  .min(limits.passwordMin, `Passordet må ha minst ${limits.passwordMin} tegn.`)
  .max(limits.passwordMax, `Passordet kan ha høyst ${limits.passwordMax} tegn.`);

export const displayNameSchema = singleLineText()
  .trim()
  .min(1, 'Navnet kan ikke være tomt.')
  .max(limits.displayName, `Navnet kan ha høyst ${limits.displayName} tegn.`);

const municipalityName = singleLineText().trim().max(limits.municipalityName).nullish();

/** Body of `POST /api/auth/login`. */
export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Skriv passordet ditt.').max(limits.passwordMax),
});
export type LoginInput = z.input<typeof loginSchema>;

/** A new account: used by the first set-up and by accepting an invitation. */
export const newAccountSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  municipality: municipalityName,
  password: passwordSchema,
});
export type NewAccountInput = z.input<typeof newAccountSchema>;

/** Body of `POST /api/auth/setup`: the first administrator, guarded by the printed set-up token. */
export const setupSchema = newAccountSchema.extend({ token: z.string().min(1).max(200) });
export type SetupInput = z.input<typeof setupSchema>;

/** Body of `PATCH /api/account`. */
export const updateAccountSchema = z
  .strictObject({ displayName: displayNameSchema.optional(), municipality: municipalityName })
  .refine((value) => Object.keys(value).length > 0, { message: 'Ingen endringer å lagre.' });

/** Body of `POST /api/account/password`. */
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Skriv det nåværende passordet.').max(limits.passwordMax),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** The signed-in user as the API presents them. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  municipality: z.string().nullable(),
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** One region a user belongs to, with their role there. */
export const membershipSummarySchema = z.object({ regionId: z.string(), regionName: z.string(), role: roleSchema });
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

/** An active session in the account's session list. */
export const sessionSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
