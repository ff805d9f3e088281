import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from './errors';
import { logger } from './logger';

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '';
}

/** The database is closed, locked for too long or unreachable: try again shortly. */
const unavailableCodes = /^(CLIENT_CLOSED|SQLITE_BUSY|SQLITE_LOCKED|SQLITE_IOERR|SQLITE_CANTOPEN|HRANA_|SERVER_ERROR|ECONNREFUSED)/;

/** One place that turns anything thrown in a route into `{"error":{"code","message"}}`. */
export const handleError: ErrorHandler = (error, c) => {
  // A refused request may leave its body unread, and the server drops such a socket after
  // answering: say so, so the client does not send its next request on it.
  if (c.req.header('content-length') || c.req.header('transfer-encoding')) c.header('Connection', 'close');
  if (error instanceof ApiError) return c.json(error.toBody(), error.status);
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 400) {
      return c.json(new ApiError(400, 'invalid_json', 'Forespørselen inneholder ikke gyldig JSON.').toBody(), 400);
    }
    if (status === 413) {
      return c.json(new ApiError(413, 'payload_too_large', 'Forespørselen er for stor.').toBody(), 413);
    }
    return c.json({ error: { code: 'http_error', message: error.message || 'Forespørselen kunne ikke behandles.' } }, status);
  }
  if (unavailableCodes.test(errorCode(error))) {
    logger.error('Database unavailable', error);
    return c.json(new ApiError(503, 'unavailable', 'Databasen svarer ikke akkurat nå. Ingenting er lagret; prøv igjen om litt.').toBody(), 503);
  }
  if (errorCode(error).startsWith('SQLITE_CONSTRAINT')) {
    return c.json(new ApiError(409, 'conflict', 'Dette finnes allerede.').toBody(), 409);
  }
  logger.error('Unhandled error', error);
  return c.json(new ApiError(500, 'internal', 'Noe gikk galt hos oss. Prøv igjen om litt.').toBody(), 500);
};
