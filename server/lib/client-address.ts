import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { RequestSettingsEnv } from './request-settings';

/** The caller's IP address, from a trusted proxy's X-Forwarded-For or the socket. */
export function clientAddress<E extends RequestSettingsEnv>(c: Context<E>): string {
  if (c.var.services.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
