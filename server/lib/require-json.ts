import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Writes that carry a body must say it is JSON (415 otherwise). A write with no body at all, like
 * `POST /archive`, needs no content type.
 */
export const requireJson = createMiddleware(async (c, next) => {
  if (methodsWithBody.has(c.req.method)) {
    const length = c.req.header('content-length');
    const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type') ?? '';
    if (hasBody && !/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'Forespørselen må sendes som JSON (Content-Type: application/json).');
    }
  }
  await next();
});
