import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../shared/schemas/api-error';

export interface FieldProblem {
  path: string;
  message: string;
}

/** An error the API answers as `{"error":{"code","message"}}` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (what = 'Fant ikke det du ba om.') => new ApiError(404, 'not_found', what);

export const validationFailed = (fields: FieldProblem[]) => new ApiError(400, 'validation_failed', 'Noen av feltene er ikke fylt ut riktig.', fields);

export const conflict = (message: string) => new ApiError(409, 'conflict', message);
