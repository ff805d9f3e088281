import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';
import type { RequestSettings, RequestSettingsEnv } from './request-settings';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin the browser sees for this request, honouring a trusted reverse proxy. */
function requestOrigin(url: string, headers: { proto?: string; host?: string }, trustProxy: boolean): string {
  const own = new URL(url);
  if (!trustProxy) return own.origin;
  const proto = headers.proto?.split(',')[0]?.trim() || own.protocol.replace(':', '');
  const host = headers.host?.split(',')[0]?.trim() || own.host;
  return `${proto}://${host}`;
}

/**
 * CSRF protection for cookie-authenticated writes: a browser always sends `Origin` (or
 * `Sec-Fetch-Site`) with a cross-site write, so any write whose origin is not Planrom's own is refused.
 */
export const originCheck = createMiddleware<RequestSettingsEnv>(async (c, next) => {
  if (unsafeMethods.has(c.req.method)) assertSameOrigin(c, c.var.services);
  await next();
});

/**
 * Throws 403 when a browser sent this request from another site. Also used for WebSocket
 * upgrades, which browsers send cross-site with cookies (cross-site WebSocket hijacking).
 */
export function assertSameOrigin(c: Context, services: RequestSettings): void {
  const { trustProxy, allowedOrigins } = services;
  const origin = c.req.header('origin');
  const own = requestOrigin(
    c.req.url,
    { proto: c.req.header('x-forwarded-proto'), host: c.req.header('x-forwarded-host') ?? c.req.header('host') },
    trustProxy,
  );
  const crossSite = origin
    ? origin !== own && origin !== new URL(c.req.url).origin && !allowedOrigins.includes(origin)
    : c.req.header('sec-fetch-site') === 'cross-site';
  if (crossSite) {
    throw new ApiError(403, 'csrf_rejected', 'Forespørselen kom fra et annet nettsted og ble avvist.');
  }
}
