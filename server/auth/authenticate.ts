import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { guestCookie, userCookie } from './cookies';
import { anonymous } from './principal';
import { findGuestSession, findUserSession } from './session-store';

const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

/** Finds out who is calling from the session cookies and sets `c.var.principal`. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { db, sessionPolicy } = c.var.services;
  // The cookie header parsed once for both cookies (it showed in the profile of every request).
  const cookies = getCookie(c);
  const userToken = cookies[userCookie];
  const guestToken = cookies[guestCookie];
  const userSession = userToken && tokenShape.test(userToken) ? await findUserSession(db, sessionPolicy, userToken) : null;
  const guest = guestToken && tokenShape.test(guestToken) ? await findGuestSession(db, sessionPolicy, guestToken) : null;
  c.set('principal', {
    ...anonymous,
    user: userSession?.user ?? null,
    sessionId: userSession?.sessionId ?? null,
    guest,
  });
  await next();
});
