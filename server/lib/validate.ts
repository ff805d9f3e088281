import { zValidator } from '@hono/zod-validator';
import type { Context, Env, ValidationTargets } from 'hono';
import { z, type core, type ZodType } from 'zod';
import type { Language } from '../../shared/schemas/language';
import { controlCharacterInLinesMessage, controlCharacterMessage } from '../../shared/schemas/text';
import { setZodLanguage } from '../../shared/schemas/zod-locale';
import { ApiError, validationFailed, type FieldProblem } from './errors';
import { fillText, regionTexts } from './region-texts';

// The API answers in bokmål unless a route knows the region's language; the web app shows its own
// catalogue text per error code.
setZodLanguage('nb');

const zodLocales: Record<Language, { localeError: core.$ZodErrorMap }> = { nb: z.locales.no(), nn: z.locales.nn() };

/** One issue's message in a language: the texts the web's forms use where they have one, else zod's own. */
function issueMessage(issue: core.$ZodIssue, language: Language): string {
  const texts = regionTexts(language);
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return texts.forms.required;
  if (issue.code === 'too_big' && issue.origin === 'string') return fillText(texts.forms['too-long'], { max: Number(issue.maximum) });
  // A schema's own rule names its catalogue text: `refine(…, { params: { text: 'duplicate-principle' } })`.
  const key = issue.code === 'custom' ? (issue.params as { text?: unknown } | undefined)?.text : undefined;
  if (typeof key === 'string' && key in texts['api-fields']) return texts['api-fields'][key as keyof (typeof texts)['api-fields']];
  // The shared text schemas' own (bokmål) rule about invisible characters.
  if (issue.message === controlCharacterMessage) return texts['api-fields']['control-characters'];
  if (issue.message === controlCharacterInLinesMessage) return texts['api-fields']['control-characters-in-lines'];
  return issue.message;
}

/**
 * zod validation for a request part that fails with our 400 `validation_failed` and the paths of
 * the offending fields, so every route answers bad input the same way. Given `languageOf` (the
 * language of the region the request is about), the messages come in that language.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType, E extends Env = Env>(
  target: Target,
  schema: Schema,
  languageOf?: (c: Context<E>) => Promise<Language | null>,
) {
  return zValidator(target, schema, async (result, c) => {
    if (result.success) return;
    const language = languageOf ? await languageOf(c as unknown as Context<E>) : null;
    if (!language) {
      throw validationFailed(result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message })));
    }
    // Parsed again with zod's messages in that language (the first parse used the server's bokmål).
    const again = schema.safeParse(result.data, { error: zodLocales[language].localeError });
    const issues = again.success ? result.error.issues : again.error.issues;
    const fields: FieldProblem[] = issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issueMessage(issue, language) }));
    throw new ApiError(400, 'validation_failed', regionTexts(language).errors.validation_failed, fields);
  });
}
