import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { setZodLanguage } from '../../shared/schemas/zod-locale';
import { validationFailed } from './errors';

// The API answers in bokmål; the web app shows its own catalogue text per error code.
setZodLanguage('nb');

/**
 * zod validation for a request part that fails with our 400 `validation_failed` and the paths of
 * the offending fields, so every route answers bad input the same way.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw validationFailed(
        result.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.') || '(body)',
          message: issue.message,
        })),
      );
    }
  });
}
