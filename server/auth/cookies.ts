import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env';

export const userCookie = 'planrom_session';
export const guestCookie = 'planrom_guest';

/** True when the browser reached Planrom over https (directly or through a trusted proxy). */
export function isHttps(c: Context<AppEnv>): boolean {
  if (c.var.services.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** Sets a session cookie: httpOnly, SameSite=Lax, Secure over https, lasting as long as the session may. */
export function setSessionCookie(c: Context<AppEnv>, name: string, token: string): void {
  setCookie(c, name, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: Math.floor(c.var.services.sessionPolicy.absoluteMs / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>, name: string): void {
  deleteCookie(c, name, { path: '/', secure: isHttps(c) });
}
